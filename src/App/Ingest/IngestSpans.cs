using System.Diagnostics;

namespace Tidewater.App.Ingest;

/// <summary>
/// The spans of one ingest call, children of the trigger's span (the HTTP request, or the queue message):
/// <c>validate</c> (read and check the body), <c>score</c> (duplicates, baselines, the model) and <c>append</c>
/// (waiting for the group commit to make the call's records durable).
/// </summary>
public static class IngestSpans
{
    /// <summary>Reading and validating the body.</summary>
    public const string Validate = "validate";

    /// <summary>Finding duplicates and scoring the new events.</summary>
    public const string Score = "score";

    /// <summary>Waiting for the call's records to be durable.</summary>
    public const string Append = "append";

    /// <summary>The tag on <c>validate</c>: items in the body.</summary>
    public const string ItemsTag = "tidewater.events";

    /// <summary>The tag on <c>score</c>: new events scored.</summary>
    public const string NewTag = "tidewater.events.new";

    /// <summary>The tag on <c>score</c>: repeated ids answered with their original decision.</summary>
    public const string DuplicateTag = "tidewater.events.duplicate";

    internal static void TagScore(Activity? score, string? modelVersion, int newEvents, int duplicates)
    {
        if (score is { IsAllDataRequested: true })
        {
            score.SetTag(Telemetry.TelemetryTags.ModelVersion, modelVersion);
            score.SetTag(NewTag, newEvents);
            score.SetTag(DuplicateTag, duplicates);
        }
    }
}
