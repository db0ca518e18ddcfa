namespace Tidewater.Storage;

/// <summary>
/// Storage service error codes (<see cref="Azure.RequestFailedException.ErrorCode"/>) that callers branch on.
/// </summary>
/// <remarks>Compare error codes, never exception messages: the codes are part of the REST API contract.</remarks>
public static class StorageErrors
{
    /// <summary>A queue with this name exists with different metadata (409).</summary>
    public const string QueueAlreadyExists = "QueueAlreadyExists";

    /// <summary>The queue does not exist (404).</summary>
    public const string QueueNotFound = "QueueNotFound";

    /// <summary>The queue is being deleted (409).</summary>
    public const string QueueBeingDeleted = "QueueBeingDeleted";

    /// <summary>The message does not exist, or its pop receipt is no longer current (404).</summary>
    public const string MessageNotFound = "MessageNotFound";

    /// <summary>The pop receipt does not match the message (400).</summary>
    public const string PopReceiptMismatch = "PopReceiptMismatch";

    /// <summary>The container already exists (409).</summary>
    public const string ContainerAlreadyExists = "ContainerAlreadyExists";

    /// <summary>The container does not exist (404).</summary>
    public const string ContainerNotFound = "ContainerNotFound";

    /// <summary>The container is being deleted (409).</summary>
    public const string ContainerBeingDeleted = "ContainerBeingDeleted";

    /// <summary>The blob already exists: an <c>If-None-Match: *</c> write found one (409).</summary>
    public const string BlobAlreadyExists = "BlobAlreadyExists";

    /// <summary>The blob does not exist (404).</summary>
    public const string BlobNotFound = "BlobNotFound";

    /// <summary>An <c>If-Match</c>/<c>If-None-Match</c> condition failed (412, or 304 on reads).</summary>
    public const string ConditionNotMet = "ConditionNotMet";

    /// <summary>The append position condition (<c>x-ms-blob-condition-appendpos</c>) failed (412).</summary>
    public const string AppendPositionConditionNotMet = "AppendPositionConditionNotMet";

    /// <summary>The blob type does not support the operation, e.g. appending to a block blob (409).</summary>
    public const string InvalidBlobType = "InvalidBlobType";

    /// <summary>The append blob reached its maximum number of committed blocks (409).</summary>
    public const string BlockCountExceedsLimit = "BlockCountExceedsLimit";

    /// <summary>A lease is already held on the blob (409).</summary>
    public const string LeaseAlreadyPresent = "LeaseAlreadyPresent";

    /// <summary>The lease id does not match the active lease for a lease operation (409).</summary>
    public const string LeaseIdMismatchWithLeaseOperation = "LeaseIdMismatchWithLeaseOperation";

    /// <summary>The lease id does not match the active lease for a blob write (412).</summary>
    public const string LeaseIdMismatchWithBlobOperation = "LeaseIdMismatchWithBlobOperation";

    /// <summary>A write carried no lease id while the blob is leased (412).</summary>
    public const string LeaseIdMissing = "LeaseIdMissing";

    /// <summary>A lease id was given but the blob has no active lease (412).</summary>
    public const string LeaseNotPresentWithBlobOperation = "LeaseNotPresentWithBlobOperation";

    /// <summary>A lease operation needs a lease but the blob has none (409).</summary>
    public const string LeaseNotPresentWithLeaseOperation = "LeaseNotPresentWithLeaseOperation";

    /// <summary>The lease was lost, e.g. it expired and another client acquired one (409).</summary>
    public const string LeaseLost = "LeaseLost";

    /// <summary>The lease is being broken and cannot be acquired or renewed (409).</summary>
    public const string LeaseIsBrokenAndCannotBeRenewed = "LeaseIsBrokenAndCannotBeRenewed";

    /// <summary>The request was not authenticated: bad signature, bad or expired token (403).</summary>
    public const string AuthenticationFailed = "AuthenticationFailed";

    /// <summary>The identity is authenticated but not allowed to do this (403).</summary>
    public const string AuthorizationPermissionMismatch = "AuthorizationPermissionMismatch";

    /// <summary>The service is busy; the request may be retried (503).</summary>
    public const string ServerBusy = "ServerBusy";
}
