using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>
/// The enums whose wire names the domain fixes (<c>card_present</c>, not the serializer's <c>cardPresent</c>): their
/// schemas list the names from the domain's <c>*Names</c> maps, the ones the parser accepts and the writers write.
/// </summary>
public sealed class WireNameSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, string[]> WireNames = new()
    {
        [typeof(PaymentChannel)] = [.. Enum.GetValues<PaymentChannel>().Select(PaymentChannelNames.ToWire)],
        [typeof(EventType)] = [.. Enum.GetValues<EventType>().Select(EventTypeNames.ToWire)],
        [typeof(Decision)] = [.. Enum.GetValues<Decision>().Select(DecisionNames.ToWire)],
    };

    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (WireNames.TryGetValue(type, out var names))
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. names.Select(name => (JsonNode)JsonValue.Create(name))];
        }

        return Task.CompletedTask;
    }
}
