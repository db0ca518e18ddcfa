using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Tidewater.App.Storage;
using Tidewater.App.Telemetry;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Scoring;

/// <summary>
/// Holds the model the real-time path scores with, and switches to a new version when the current-version pointer
/// moves. Until a pointer exists, the shipped <see cref="RiskModel.Default"/> (v0) is used. The served version is
/// published as <c>tidewater.model.version_served</c> (<see cref="ModelMetrics"/>).
/// </summary>
public sealed partial class ModelProvider
{
    private readonly BlobContainerClient _models;
    private readonly ILogger<ModelProvider> _logger;
    private volatile RiskModel _current = RiskModel.Default;
    private ETag? _pointerETag;

    /// <summary>Creates the provider on the models container, serving v0 until <see cref="RefreshAsync"/> finds a pointer.</summary>
    public ModelProvider(BlobContainerClient models, ILogger<ModelProvider> logger, ModelMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _models = models;
        _logger = logger;
        metrics.Observe(() => _current.Version);
    }

    /// <summary>The model to score with now.</summary>
    public RiskModel Current => _current;

    /// <summary>Reads the pointer and loads its model if it changed.</summary>
    /// <returns>True when the current model changed.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var pointerBlob = await _models.GetBlobClient(ModelLayout.CurrentPointer).DownloadIfExistsAsync(cancellationToken);
        if (pointerBlob is null || pointerBlob.Details.ETag == _pointerETag)
        {
            return false;
        }

        var pointer = JsonSerializer.Deserialize(pointerBlob.Content.ToMemory().Span, AppJsonContext.Default.ModelPointer)
            ?? throw new InvalidDataException("The current-model pointer is empty.");
        if (pointer.Version == _current.Version)
        {
            _pointerETag = pointerBlob.Details.ETag;
            return false;
        }

        var model = pointer.Version == RiskModel.Default.Version
            ? RiskModel.Default // shipped, never stored: an operator may pin it to roll back to the start
            : RiskModelJson.Deserialize((await _models.GetBlobClient(ModelLayout.ModelBlob(pointer.Version)).DownloadExactAsync(cancellationToken: cancellationToken)).Content.ToMemory().Span);
        _current = model;
        _pointerETag = pointerBlob.Details.ETag;
        Log.ModelSwitched(_logger, model.Version);
        return true;
    }
}
