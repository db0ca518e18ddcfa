using System.Text.Json;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tidewater.App.Scoring;
using Tidewater.App.Storage;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// Refreshes the model with one window: merges the window's account statistics into the base model's baselines
/// (never twice: a model whose <see cref="RiskModel.IncludedWindows"/> holds the window is kept as it is), refits the
/// weights when there are enough labels and keeps the refit only if it does no worse on held-out labels, writes the
/// new version (id derived from its inputs) and, when asked, switches the current pointer by ETag.
/// </summary>
/// <remarks>
/// <para>The base is the pinned model for replays, else the current pointer's model at refresh time, so two batches
/// refreshing at once chain rather than overwrite each other: the loser of the ETag race merges again on top of the
/// winner (up to <see cref="MaxAttempts"/> times, then "superseded").</para>
/// <para>Idempotent: the version id is a hash of base version, window and weights; shards and model are written
/// again with the same bytes if a run was cut short; the provenance blob lets a run that finds its own model already
/// published report the same merge. The merge is in <c>RefreshModelActivity.Baselines.cs</c>, labels and refit in
/// <c>RefreshModelActivity.Training.cs</c>.</para>
/// </remarks>
public sealed partial class RefreshModelActivity(
    BatchStorage storage,
    BatchModelStore models,
    LabelIndex labels,
    IOptions<BatchOptions> options,
    TimeProvider time,
    ILogger<RefreshModelActivity> logger)
    : BatchActivity<RefreshModelInput, ModelRefreshResult>
{
    /// <summary>The activity name.</summary>
    public const string Name = "RefreshModel";

    /// <summary>How many times a refresh rebases after losing the pointer race before it reports "superseded".</summary>
    public const int MaxAttempts = 3;

    /// <summary>Refreshes the model with the window of <paramref name="input"/>.</summary>
    public override async Task<ModelRefreshResult> RunAsync(RefreshModelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var run = new RefreshRun(input, BatchWindows.Parse(input.Stats.WindowId, input.WindowMinutes),
            await BatchBlobs.ReadAsync(storage.Batch, input.StatsBlob, BatchJsonContext.Default.BatchPartial, cancellationToken));
        ModelRefreshResult? superseded = null;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (pointer, etag) = await models.ReadPointerAsync(cancellationToken);
            string current = pointer?.Version ?? RiskModel.Default.Version;
            string baseVersion = input.ModelPinned || !input.PublishModel ? input.Stats.ModelVersion! : current;
            var made = await RefreshAsync(run, await models.GetAsync(baseVersion, cancellationToken), cancellationToken);
            if (!input.PublishModel)
            {
                return made with { Publish = ModelPublishOutcomes.NotRequested };
            }

            if (made.ModelOut == current)
            {
                return made with { Publish = made.Merged ? ModelPublishOutcomes.Switched : ModelPublishOutcomes.Unchanged };
            }

            if (pointer?.Pinned == true)
            {
                return made with { Publish = ModelPublishOutcomes.Pinned };
            }

            superseded = made with { Publish = ModelPublishOutcomes.Superseded };
            if (current == made.ModelBase && await TrySwitchAsync(made.ModelOut, etag, cancellationToken))
            {
                Log.ModelPublished(logger, input.InstanceId, made.ModelOut, made.ModelBase);
                return made with { Publish = ModelPublishOutcomes.Switched };
            }

            if (input.ModelPinned)
            {
                break; // a pinned base is never rebased
            }
        }

        Log.ModelSuperseded(logger, input.InstanceId, superseded!.ModelOut);
        return superseded;
    }

    private async Task<ModelRefreshResult> RefreshAsync(RefreshRun run, RiskModel baseModel, CancellationToken cancellationToken)
    {
        string windowId = run.Window.Id;
        if (baseModel.IncludedWindows.Contains(windowId))
        {
            var provenance = await BatchBlobs.ReadIfExistsAsync(storage.Batch, BatchLayout.Provenance(baseModel.Version), BatchJsonContext.Default.ModelProvenance, cancellationToken);
            if (provenance is not null && provenance.WindowId == windowId)
            {
                return new ModelRefreshResult(provenance.BaseVersion, provenance.Version, true, provenance.AccountsMerged, provenance.Refit, string.Empty);
            }

            Log.WindowAlreadyIncluded(logger, run.Input.InstanceId, windowId, baseModel.Version);
            return Unmerged(baseModel);
        }

        if (run.Stats.Events == 0)
        {
            return Unmerged(baseModel);
        }

        var (weights, refit) = await RefitAsync(run, baseModel, cancellationToken);
        string version = ModelVersions.Derive(baseModel.Version, windowId, weights);
        var made = await BatchBlobs.ReadIfExistsAsync(storage.Batch, BatchLayout.Provenance(version), BatchJsonContext.Default.ModelProvenance, cancellationToken);
        if (made is null || !await models.IsPublishedAsync(version, cancellationToken))
        {
            long accounts = await WriteShardsAsync(run, baseModel, version, cancellationToken);
            made = new ModelProvenance(version, baseModel.Version, windowId, accounts, refit);
            await BatchBlobs.UploadAsync(storage.Batch, BatchLayout.Provenance(version), JsonSerializer.SerializeToUtf8Bytes(made, BatchJsonContext.Default.ModelProvenance), cancellationToken);
            var population = run.Stats.Population is { } window ? baseModel.Population.Merge(window.ToBaseline()) : baseModel.Population;
            var model = new RiskModel(version, weights, baseModel.HighRiskMerchantCategories, population, baseModel.BaselineShardCount, [.. baseModel.IncludedWindows, windowId]);
            await storage.Models.GetBlobClient(ModelLayout.ModelBlob(version)).UploadContentAsync(new BinaryData(RiskModelJson.SerializeToUtf8Bytes(model)), cancellationToken: cancellationToken);
            Log.ModelRefreshed(logger, run.Input.InstanceId, windowId, baseModel.Version, version, accounts, refit.Outcome);
        }

        return new ModelRefreshResult(baseModel.Version, version, true, made.AccountsMerged, made.Refit, string.Empty);
    }

    private static ModelRefreshResult Unmerged(RiskModel model) => new(model.Version, model.Version, false, 0, RefitSummary.NotAttempted, string.Empty);

    private Task<bool> TrySwitchAsync(string version, ETag? read, CancellationToken cancellationToken) =>
        models.TryWritePointerAsync(new ModelPointer(version, false, time.GetUtcNow()), read, cancellationToken);

    /// <summary>What one refresh reads once, whatever base it ends up merging into.</summary>
    private sealed class RefreshRun(RefreshModelInput input, Accumulation.WindowKey window, BatchPartial stats)
    {
        public RefreshModelInput Input => input;

        public Accumulation.WindowKey Window => window;

        public BatchPartial Stats => stats;

        public IReadOnlyList<ChunkSidecars>? Sidecars { get; set; }

        public TrainingSet? Training { get; set; }
    }
}
