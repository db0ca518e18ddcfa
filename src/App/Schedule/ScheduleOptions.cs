using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Schedule;

/// <summary>
/// The batch schedule. <see cref="BatchSchedule"/> is a flat app setting because the timer trigger attribute
/// references it as <c>%BatchSchedule%</c>; the rest live under <c>Tidewater:</c>.
/// </summary>
public sealed class ScheduleOptions
{
    /// <summary>The default schedule: five past every hour.</summary>
    public const string DefaultBatchSchedule = "0 5 * * * *";

    /// <summary>
    /// When the batch schedule fires: a 6-field NCRONTAB expression with seconds, in UTC (flat setting
    /// <c>BatchSchedule</c>). The default is <c>0 5 * * * *</c>, five past every hour.
    /// </summary>
    [Required, CronExpression]
    public string BatchSchedule { get; set; } = DefaultBatchSchedule;

    /// <summary>Most batches one occurrence starts; older missed windows come first. The default is 24.</summary>
    [Range(1, 10_000)]
    public int BatchCatchUpLimit { get; set; } = 24;

    /// <summary>
    /// Most windows one occurrence examines (one list call each, plus an instance lookup for a window with segments);
    /// also how far back before the last sealed window the very first occurrence looks. The default is 1,440.
    /// </summary>
    [Range(1, 100_000)]
    public int BatchScanLimit { get; set; } = 1440;

    /// <summary>
    /// Blob container of the schedule's own state: the batch watermark and the local host's timer status and lease.
    /// The default is <c>tw-schedule</c>.
    /// </summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string ScheduleContainer { get; set; } = "tw-schedule";
}
