using System.Diagnostics;
using Tidewater.App.Telemetry;

namespace Tidewater.App.Accumulation;

/// <summary>
/// The group commit's spans. A block carries many calls, so its <c>append.block</c> span is parented on the first
/// member's <c>append</c> span (that trace shows the storage call under it) and links every other member's (their
/// traces reach it through the link); every member's <c>append</c> span gets the group size as a tag.
/// </summary>
public static class AppendSpans
{
    /// <summary>The span of one block append.</summary>
    public const string BlockName = "append.block";

    /// <summary>The tag: calls whose records shared the block (on <c>append</c> and <c>append.block</c>).</summary>
    public const string GroupSizeTag = "tidewater.append.batch_size";

    /// <summary>The tag: records in the block, or in the call (on <c>append</c>).</summary>
    public const string RecordsTag = "tidewater.append.records";

    /// <summary>Starts the block span, or returns null when nobody listens or no member is traced.</summary>
    internal static Activity? StartBlock(IReadOnlyList<PendingAppend> members, int records)
    {
        if (!TidewaterTelemetry.Source.HasListeners())
        {
            return null;
        }

        ActivityContext parent = default;
        List<ActivityLink>? links = null;
        foreach (var member in members)
        {
            if (member.Span is not { } span)
            {
                continue;
            }

            if (parent == default)
            {
                parent = span.Context;
            }
            else
            {
                (links ??= []).Add(new ActivityLink(span.Context));
            }
        }

        if (parent == default)
        {
            return null;
        }

        var block = TidewaterTelemetry.Source.StartActivity(BlockName, ActivityKind.Internal, parent, links: links);
        block?.SetTag(GroupSizeTag, members.Count);
        block?.SetTag(RecordsTag, records);
        return block;
    }

    /// <summary>Tags a member's span with the size of the group it was committed in (before its completion is set).</summary>
    internal static void TagGroup(PendingAppend member, int calls) => member.Span?.SetTag(GroupSizeTag, calls);
}
