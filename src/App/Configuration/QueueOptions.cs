using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Configuration;

/// <summary>
/// Queue names. <see cref="InboundQueue"/> is a flat app setting because the queue trigger attribute references it
/// as <c>%InboundQueue%</c>; the rest live under <c>Tidewater:</c>.
/// </summary>
public sealed class QueueOptions
{
    private const string QueueNamePattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";

    /// <summary>The inbound events queue (flat setting <c>InboundQueue</c>). The default is <c>events-inbound</c>.</summary>
    [Required, RegularExpression(QueueNamePattern)]
    public string InboundQueue { get; set; } = "events-inbound";

    /// <summary>Queue that receives review/decline alerts (<c>Tidewater:AlertQueue</c>). The default is <c>alerts</c>.</summary>
    [Required, RegularExpression(QueueNamePattern)]
    public string AlertQueue { get; set; } = "alerts";

    /// <summary>Container holding one reason record per poisoned message (<c>Tidewater:PoisonContainer</c>). The default is <c>tw-poison</c>.</summary>
    [Required, RegularExpression(QueueNamePattern)]
    public string PoisonContainer { get; set; } = "tw-poison";

    /// <summary>The poison queue paired with <see cref="InboundQueue"/>, named as the Functions host names it.</summary>
    public string PoisonQueue => InboundQueue + "-poison";
}
