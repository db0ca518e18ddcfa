namespace Tidewater.Cli.Batches;

/// <summary>The client's view of <c>GET /api/batches/{id}</c> (the App's <c>BatchStatus</c>); unknown fields are ignored.</summary>
public sealed record BatchStatusView(
    string Id,
    BatchRuntimeStatus RuntimeStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    BatchInputView? Input,
    BatchProgressView? Progress,
    BatchResultView? Output,
    BatchFailureView? Failure,
    BatchLinksView? Links)
{
    /// <summary>True once the batch can no longer change: completed, failed or terminated.</summary>
    public bool IsTerminal => RuntimeStatus is BatchRuntimeStatus.Completed or BatchRuntimeStatus.Failed or BatchRuntimeStatus.Terminated;
}
