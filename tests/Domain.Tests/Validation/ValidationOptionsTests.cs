using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests.Validation;

public class ValidationOptionsTests
{
    [Fact]
    public void Defaults_AreDocumentedValues()
    {
        // Act
        var options = new ValidationOptions();

        // Assert
        Assert.Equal(TimeSpan.FromDays(7), options.MaxAge);
        Assert.Equal(TimeSpan.FromMinutes(5), options.MaxFutureSkew);
        Assert.Equal(16384, ValidationOptions.MaxEventBytes);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_EveryOptionOutOfRange_ListsEveryProblem()
    {
        // Arrange
        var options = new ValidationOptions { MaxAge = TimeSpan.Zero, MaxFutureSkew = TimeSpan.FromHours(2) };

        // Act
        var problems = options.Validate();

        // Assert
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("MaxAge", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MaxFutureSkew", StringComparison.Ordinal));
    }

    [Fact]
    public void ToContext_CarriesLimitsAndNow()
    {
        // Arrange
        var options = new ValidationOptions { MaxAge = TimeSpan.FromDays(2), MaxFutureSkew = TimeSpan.FromMinutes(1) };

        // Act
        var context = options.ToContext(TestEvents.Now);

        // Assert
        Assert.Equal(TestEvents.Now, context.Now);
        Assert.Equal(TimeSpan.FromDays(2), context.MaxAge);
        Assert.Equal(TimeSpan.FromMinutes(1), context.MaxFutureSkew);
    }

    [Fact]
    public void ValidationContext_New_HasDefaultLimitsAndNoNow()
    {
        // Act
        var context = new ValidationContext();

        // Assert
        Assert.Null(context.Now);
        Assert.Equal(ValidationOptions.DefaultMaxAge, context.MaxAge);
        Assert.Equal(ValidationOptions.DefaultMaxFutureSkew, context.MaxFutureSkew);
    }
}
