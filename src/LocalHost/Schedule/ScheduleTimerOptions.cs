namespace Tidewater.LocalHost.Schedule;

/// <summary>Local host timer settings (under <c>Tidewater:</c>); the Functions app sets these on the trigger attribute instead.</summary>
public sealed class ScheduleTimerOptions
{
    /// <summary>
    /// Fire once when this host's timer starts (gets the timer's lease), as <c>RunOnStartup</c> of the timer trigger
    /// (<c>Tidewater:ScheduleRunOnStartup</c>). The default is false.
    /// </summary>
    public bool ScheduleRunOnStartup { get; set; }
}
