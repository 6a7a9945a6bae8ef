using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;
using Sanctum.Web.Api;

namespace Sanctum.Web.Components.Shared;

/// <summary>
/// Shows the Api's field errors beside the inputs they are about. The Api names fields in camelCase,
/// with paths into lists ("diagnoses[0].text"); form models use the same names in PascalCase, so the
/// path is followed through the model to the property the message belongs to.
/// </summary>
public sealed partial class ServerValidation
{
    private readonly EditContext _editContext;
    private readonly ValidationMessageStore _messages;

    public ServerValidation(EditContext editContext)
    {
        _editContext = editContext;
        _messages = new ValidationMessageStore(editContext);
        // A field's message goes once the person changes it; all go when the form is submitted again.
        editContext.OnFieldChanged += (_, args) => _messages.Clear(args.FieldIdentifier);
        editContext.OnValidationRequested += (_, _) => _messages.Clear();
    }

    /// <summary>Places the problem's field errors; returns the messages no field of the form matches.</summary>
    public IReadOnlyList<string> Show(ApiProblem problem)
    {
        _messages.Clear();
        var unplaced = new List<string>();
        foreach (var (path, messages) in problem.Errors)
        {
            if (FindField(_editContext.Model, path) is { } field) _messages.Add(field, messages);
            else unplaced.AddRange(messages);
        }

        _editContext.NotifyValidationStateChanged();
        return unplaced;
    }

    /// <summary>Shows one message beside a field, for refusals the Api words as a whole (such as a taken email).</summary>
    public void Show(FieldIdentifier field, string message)
    {
        _messages.Add(field, message);
        _editContext.NotifyValidationStateChanged();
    }

    /// <summary>The deepest property the path reaches: "scheduleTimes[3]" falls back to ScheduleTimes itself.</summary>
    private static FieldIdentifier? FindField(object model, string path)
    {
        FieldIdentifier? found = null;
        object? owner = model;
        foreach (var segment in path.TrimStart('$', '.').Split('.'))
        {
            var match = PathSegment().Match(segment);
            if (owner is null || !match.Success) break;

            var property = owner.GetType().GetProperty(match.Groups["name"].Value,
                BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) break;
            found = new FieldIdentifier(owner, property.Name);

            var value = property.GetValue(owner);
            owner = match.Groups["index"].Success
                ? value is IList list && int.TryParse(match.Groups["index"].Value, out var index) && index < list.Count ? list[index] : null
                : value;
        }

        return found;
    }

    [GeneratedRegex(@"^(?<name>\w+)(\[(?<index>\d+)\])?$")]
    private static partial Regex PathSegment();
}
