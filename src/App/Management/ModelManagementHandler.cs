using Tidewater.App.Batch;
using Tidewater.App.Scoring;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Management;

/// <summary>The operator's model calls shared by both hosts: show the current model, pin a version (rollback) or release the pin.</summary>
public sealed class ModelManagementHandler(BatchModelStore models, ModelProvider serving, TimeProvider time)
{
    /// <summary>The pointer's version (or v0) with its merged windows, and the version this host serves.</summary>
    public async Task<CurrentModel> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var (pointer, _) = await models.ReadPointerAsync(cancellationToken);
        string version = pointer?.Version ?? RiskModel.Default.Version;
        var model = version == RiskModel.Default.Version ? RiskModel.Default : await models.GetAsync(version, cancellationToken);
        return new CurrentModel(version, pointer?.Pinned ?? false, pointer?.UpdatedAt, model.IncludedWindows, serving.Current.Version);
    }

    /// <summary>Points the real-time path at a published version and (by default) pins it, so batches do not switch away.</summary>
    public async Task<ManagementResult<CurrentModel>> PinAsync(PinModelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Version))
        {
            return ManagementResult<CurrentModel>.Fail(ManagementStatus.Invalid, "version", "is required");
        }

        if (!ModelVersions.IsWellFormed(request.Version))
        {
            return ManagementResult<CurrentModel>.Fail(ManagementStatus.Invalid, "version", ModelVersions.WellFormedRule);
        }

        if (request.Version != RiskModel.Default.Version && !await models.IsPublishedAsync(request.Version, cancellationToken))
        {
            return ManagementResult<CurrentModel>.Fail(ManagementStatus.NotFound, "version", $"no published model version '{request.Version}'");
        }

        for (int attempt = 0; attempt < 3; attempt++)
        {
            var (_, etag) = await models.ReadPointerAsync(cancellationToken);
            var pointer = new ModelPointer(request.Version, request.Pinned ?? true, time.GetUtcNow());
            if (await models.TryWritePointerAsync(pointer, etag, cancellationToken))
            {
                await serving.RefreshAsync(cancellationToken);
                return ManagementResult<CurrentModel>.Ok(await GetCurrentAsync(cancellationToken));
            }
        }

        return ManagementResult<CurrentModel>.Fail(ManagementStatus.Conflict, "version", "the current-model pointer kept changing; try again");
    }
}
