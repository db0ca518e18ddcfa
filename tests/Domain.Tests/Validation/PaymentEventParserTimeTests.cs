using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests.Validation;

public class PaymentEventParserTimeTests
{
    private const string FormatMessage = "must be an RFC 3339 date-time with an offset, e.g. 2026-11-21T10:00:00Z";

    [Theory]
    [InlineData("2026-11-21T10:00:00Z", 0, 0)]
    [InlineData("2026-11-21t10:00:00z", 0, 0)]
    [InlineData("2026-11-21T11:00:00.123+01:00", 1230000, 60)]
    [InlineData("2026-11-21T04:30:00.5-05:30", 5000000, -330)]
    [InlineData("2026-11-21T10:00:00.123456789+00:00", 1234567, 0)]
    [InlineData("2026-11-21T10:00:00-00:00", 0, 0)]
    [InlineData("2026-11-22T00:00:00+14:00", 0, 840)]
    public void Parse_Rfc3339WithOffset_KeepsInstantAndOffset(string text, long fractionTicks, int offsetMinutes)
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("occurredAt", $"\"{text}\""));

        // Assert
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), result.Event.OccurredAt.Offset);
        Assert.Equal(fractionTicks, result.Event.OccurredAt.Ticks % TimeSpan.TicksPerSecond);
    }

    [Theory]
    [InlineData("2026-11-21T10:00:00")]
    [InlineData("2026-11-21 10:00:00Z")]
    [InlineData("2026-11-21")]
    [InlineData("21/11/2026 10:00:00Z")]
    [InlineData("2026-11-21T10:00Z")]
    [InlineData("2026-11-21T10:00:00.Z")]
    [InlineData("2026-11-21T10:00:00.1234567890Z")]
    [InlineData("2026-11-21T10:00:00+0100")]
    [InlineData("2026-11-21T10:00:00+01")]
    [InlineData("2026-11-21T10:00:00+15:00")]
    [InlineData("2026-11-21T10:00:00+01:60")]
    [InlineData("2026-02-29T10:00:00Z")]
    [InlineData("2026-13-01T10:00:00Z")]
    [InlineData("2026-11-31T10:00:00Z")]
    [InlineData("2026-11-21T24:00:00Z")]
    [InlineData("2026-11-21T10:60:00Z")]
    [InlineData("2026-11-21T23:59:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("2026-11-21T10:00:00Z ")]
    [InlineData("+2026-11-21T10:00:00Z")]
    [InlineData("2026-1１-21T10:00:00Z")]
    [InlineData("")]
    public void Parse_NotStrictRfc3339_ReportsFormat(string text)
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("occurredAt", System.Text.Json.JsonSerializer.Serialize(text)));

        // Assert
        Assert.Equal(new ValidationProblem("$.occurredAt", FormatMessage), Assert.Single(result.Problems));
    }

    [Fact]
    public void Parse_LeapDay_IsValid()
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("occurredAt", "\"2028-02-29T10:00:00Z\""), context: ValidationContext.WithoutTimeChecks);

        // Assert
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("2026-11-21T10:07:00Z", true)]
    [InlineData("2026-11-21T10:07:00.0000001Z", false)]
    [InlineData("2026-11-21T11:07:00+01:00", true)]
    [InlineData("2026-11-21T11:07:01+01:00", false)]
    [InlineData("2026-11-14T10:02:00Z", true)]
    [InlineData("2026-11-14T10:01:59Z", false)]
    public void Parse_TimeWindowWithNow_BoundsAreInclusive(string text, bool valid)
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("occurredAt", $"\"{text}\""));

        // Assert
        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Parse_TooFarInFuture_SaysHowFar()
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("occurredAt", "\"2026-11-21T11:00:00Z\""));

        // Assert
        Assert.Equal(
            new ValidationProblem("$.occurredAt", "must not be more than 5 minutes in the future"),
            Assert.Single(result.Problems));
    }

    [Fact]
    public void Parse_TooOld_SaysMaxAge()
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("occurredAt", "\"2026-01-01T00:00:00Z\""));

        // Assert
        Assert.Equal(new ValidationProblem("$.occurredAt", "must not be more than 7 days old"), Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("2020-01-01T00:00:00Z")]
    [InlineData("2099-01-01T00:00:00Z")]
    public void Parse_WithoutNow_SkipsTimeWindow(string text)
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("occurredAt", $"\"{text}\""), context: ValidationContext.WithoutTimeChecks);

        // Assert
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_CustomLimits_AreUsedInCheckAndMessage()
    {
        // Arrange
        var context = new ValidationContext { Now = TestEvents.Now, MaxAge = TimeSpan.FromHours(1), MaxFutureSkew = TimeSpan.Zero };

        // Act
        var old = TestEvents.Parse(TestEvents.JsonWith("occurredAt", "\"2026-11-21T09:00:00Z\""), context: context);
        var ahead = TestEvents.Parse(TestEvents.JsonWith("occurredAt", "\"2026-11-21T10:02:01Z\""), context: context);

        // Assert
        Assert.Equal("must not be more than 1 hour old", Assert.Single(old.Problems).Message);
        Assert.Equal("must not be more than 0 seconds in the future", Assert.Single(ahead.Problems).Message);
    }
}
