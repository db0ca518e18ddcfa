using Azure;

namespace Tidewater.LocalHost.Durable;

/// <summary>Tells storage that is down or unreachable from every other failure of the provider.</summary>
internal static class StorageFailures
{
    /// <summary>
    /// True for a storage request that failed (<see cref="RequestFailedException"/>: no connection, a 5xx), alone or
    /// as every inner exception of the SDK's "retry failed" <see cref="AggregateException"/>.
    /// </summary>
    public static bool IsUnreachable(Exception failure) => failure switch
    {
        RequestFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnreachable),
        _ => false,
    };
}
