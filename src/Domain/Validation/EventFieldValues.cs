using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Tidewater.Domain.Validation;

/// <summary>The value of each known field of one wire event, found in a single pass over the object.</summary>
/// <remarks>An absent field holds <c>default(JsonElement)</c>, whose kind is <see cref="JsonValueKind.Undefined"/>.</remarks>
internal struct EventFieldValues
{
    private Elements _elements;

    /// <summary>Gets a bit per field (1 &lt;&lt; field) that appeared more than once.</summary>
    public int Duplicates { get; private set; }

    public readonly JsonElement this[int field] => _elements[field];

    public static EventFieldValues Collect(JsonElement obj)
    {
        var values = default(EventFieldValues);
        var seen = 0;
        foreach (var property in obj.EnumerateObject())
        {
            var field = EventField.IndexOf(property);
            if (field < 0)
            {
                continue;
            }

            var bit = 1 << field;
            values.Duplicates |= seen & bit;
            seen |= bit;
            values._elements[field] = property.Value;
        }

        return values;
    }

    [InlineArray(EventField.Count)]
    private struct Elements
    {
        private JsonElement _first;
    }
}
