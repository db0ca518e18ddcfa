namespace Tidewater.App.Telemetry;

/// <summary>The values of <see cref="TelemetryTags.Outcome"/> on the real-time path's instruments.</summary>
public static class IngestOutcomes
{
    /// <summary>A new event, scored and durable; or a call whose every event was answered.</summary>
    public const string Accepted = "accepted";

    /// <summary>A repeated event id, answered with its original decision and not stored again.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>An event of a call that failed validation (nothing of it was stored), or that call.</summary>
    public const string Rejected = "rejected";

    /// <summary>An event of a call storage could not take (503 / message retried), or that call.</summary>
    public const string Failed = "failed";
}
