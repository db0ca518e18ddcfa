using Azure.Core;

namespace Tidewater.Storage;

/// <summary>
/// Options for the storage clients: retries, timeouts, transport and diagnostics of the Azure.Core pipeline.
/// </summary>
/// <remarks>
/// Retries use exponential backoff. Every retry is signed again (the authentication policy is the last per-retry
/// policy), so a policy added with <see cref="ClientOptions.AddPolicy"/> at
/// <see cref="Azure.Core.HttpPipelinePosition.PerRetry"/> or later must not add or change <c>x-ms-*</c> headers
/// when Shared Key authentication is used.
/// </remarks>
public sealed class StorageClientOptions : ClientOptions
{
    /// <summary>The Storage REST API version sent as <c>x-ms-version</c> on every request.</summary>
    /// <remarks>
    /// The newest version that both Azurite 3.37 (without <c>--skipApiVersionCheck</c>) and Azure Storage accept.
    /// </remarks>
    public const string ServiceVersion = "2026-06-06";

    /// <summary>Creates options with the defaults documented on each property.</summary>
    public StorageClientOptions()
    {
        Retry.MaxRetries = DefaultMaxRetries;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = DefaultRetryDelay;
        Retry.MaxDelay = DefaultMaxRetryDelay;
        Retry.NetworkTimeout = DefaultNetworkTimeout;

        foreach (var header in LoggedHeaders)
        {
            Diagnostics.LoggedHeaderNames.Add(header);
        }

        foreach (var parameter in LoggedQueryParameters)
        {
            Diagnostics.LoggedQueryParameters.Add(parameter);
        }
    }

    /// <summary>The default number of retries after the first attempt (<c>Retry.MaxRetries</c>). The default is 3.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>The default base delay of the exponential backoff (<c>Retry.Delay</c>). The default is 0.8 seconds.</summary>
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(0.8);

    /// <summary>The default longest delay between retries (<c>Retry.MaxDelay</c>). The default is 30 seconds.</summary>
    public static readonly TimeSpan DefaultMaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>The default timeout of one attempt (<c>Retry.NetworkTimeout</c>). The default is 100 seconds.</summary>
    public static readonly TimeSpan DefaultNetworkTimeout = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The clock used for the <c>x-ms-date</c> header of signed requests. The default is <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    private static readonly string[] LoggedHeaders =
    [
        "x-ms-request-id", "x-ms-client-request-id", "x-ms-error-code", "x-ms-version", "x-ms-date",
        "x-ms-blob-type", "x-ms-lease-action", "x-ms-lease-state", "x-ms-blob-append-offset",
        "x-ms-blob-committed-block-count", "x-ms-approximate-messages-count", "ETag", "Last-Modified",
        "If-Match", "If-None-Match",
    ];

    private static readonly string[] LoggedQueryParameters =
    [
        "comp", "restype", "prefix", "maxresults", "numofmessages", "visibilitytimeout", "messagettl", "include",
    ];
}
