using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Tidewater.App.Configuration;

/// <summary>Requires an integer setting to divide <paramref name="whole"/> evenly (e.g. window minutes into a day).</summary>
/// <remarks>A property attribute, unlike <see cref="IValidatableObject"/>, is checked together with the ranges, so one start-up message lists every problem.</remarks>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DivisorOfAttribute(int whole) : ValidationAttribute
{
    /// <summary>The number the value must divide.</summary>
    public int Whole => whole;

    /// <inheritdoc />
    public override bool IsValid(object? value) => value is int divisor && divisor > 0 && whole % divisor == 0;

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"The field {name} must divide {whole} evenly.");
}
