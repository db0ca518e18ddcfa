namespace Tidewater.App.Batch;

/// <summary>The values of <see cref="ModelRefreshResult.Publish"/>: what happened to the current-version pointer.</summary>
public static class ModelPublishOutcomes
{
    /// <summary>The request does not publish (a replay without <c>publishModel</c>).</summary>
    public const string NotRequested = "not-requested";

    /// <summary>The pointer now names the refreshed model (switched by this or an earlier attempt of this refresh).</summary>
    public const string Switched = "switched";

    /// <summary>Nothing new to publish: the window was already in the model, or empty.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>The pointer is pinned by an operator and was left alone.</summary>
    public const string Pinned = "pinned";

    /// <summary>The pointer moved to a model this refresh does not descend from; it was left alone.</summary>
    public const string Superseded = "superseded";
}
