namespace Tidewater.App.Dashboard;

/// <summary>The answer of <c>GET /api/dashboard/summary</c>: what the dashboard shows beyond the batch, report and model routes.</summary>
/// <param name="GeneratedAt">When it was read (this host's clock).</param>
/// <param name="WindowMinutes">The window length.</param>
/// <param name="Windows">The timeline, oldest first, ending with the window open now.</param>
/// <param name="ModelHistory">Model versions made by batch refreshes, newest first.</param>
/// <param name="Realtime">The last hour of this host's real-time path.</param>
public sealed record DashboardSummary(
    DateTimeOffset GeneratedAt,
    int WindowMinutes,
    IReadOnlyList<WindowSummary> Windows,
    IReadOnlyList<ModelHistoryEntry> ModelHistory,
    RealtimeView Realtime);
