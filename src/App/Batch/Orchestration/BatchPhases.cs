namespace Tidewater.App.Batch;

/// <summary>The values of <see cref="BatchProgress.Phase"/>, in the order a batch goes through them.</summary>
public static class BatchPhases
{
    /// <summary>Listing segments and cutting chunks.</summary>
    public const string Planning = "planning";

    /// <summary>Scanning event ids per chunk.</summary>
    public const string Indexing = "indexing";

    /// <summary>Deciding which occurrences to skip.</summary>
    public const string Deduplicating = "deduplicating";

    /// <summary>First pass: statistics with the starting model.</summary>
    public const string Processing = "processing";

    /// <summary>Merging partials in chunk order.</summary>
    public const string Merging = "merging";

    /// <summary>Merging the window into the baselines, refitting, publishing.</summary>
    public const string Refreshing = "refreshing";

    /// <summary>Second pass: re-scoring with the refreshed model.</summary>
    public const string Scoring = "scoring";

    /// <summary>Writing the report.</summary>
    public const string Reporting = "reporting";

    /// <summary>Done.</summary>
    public const string Completed = "completed";
}
