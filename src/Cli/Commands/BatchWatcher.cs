using Tidewater.Cli.Batches;

namespace Tidewater.Cli.Commands;

/// <summary>Polls one batch's status every <paramref name="interval"/> (on <paramref name="time"/>) until it is terminal.</summary>
public sealed class BatchWatcher(BatchApiClient client, TimeProvider time, TimeSpan interval)
{
    /// <summary>Polls until the batch completes, fails or is terminated, calling <paramref name="onStatus"/> with every status seen.</summary>
    /// <returns>The terminal status, or the first non-2xx answer (e.g. 404 for an unknown id).</returns>
    /// <exception cref="HttpRequestException">The host could not be reached.</exception>
    public async Task<End> RunAsync(string id, Action<BatchStatusView> onStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onStatus);
        while (true)
        {
            var response = await client.GetAsync(id, cancellationToken);
            if (!response.IsSuccess)
            {
                return new End(null, response);
            }

            var status = response.Value!;
            onStatus(status);
            if (status.IsTerminal)
            {
                return new End(status, null);
            }

            await Task.Delay(interval, time, cancellationToken);
        }
    }

    /// <summary>How a watch ended: the terminal status, or the failed answer.</summary>
    public sealed record End(BatchStatusView? Status, ApiResponse<BatchStatusView>? Error);
}
