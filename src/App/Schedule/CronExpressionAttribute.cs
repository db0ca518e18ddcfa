using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Tidewater.App.Schedule;

/// <summary>Requires a string setting to be a 6-field NCRONTAB expression with seconds, as the timer trigger takes.</summary>
/// <remarks>A property attribute, so a bad schedule is reported together with every other invalid setting at start-up.</remarks>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CronExpressionAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        string? reason = "not a string";
        if (value is null || (value is string expression && CronSchedules.TryParse(expression, out _, out reason)))
        {
            return ValidationResult.Success;
        }

        string message = string.Create(CultureInfo.InvariantCulture,
            $"The field {validationContext.DisplayName} must be a 6-field NCRONTAB expression with seconds, e.g. '{ScheduleOptions.DefaultBatchSchedule}' (five past every hour); '{value}' is not: {reason}");
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
