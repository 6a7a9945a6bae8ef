namespace Sanctum.AppHost.Model;

/// <summary>Every resource of the application, in the order the manifest lists them.</summary>
public sealed class AppModel(IReadOnlyList<Resource> resources)
{
    public IReadOnlyList<Resource> Resources { get; } = resources;

    public Resource this[string name] =>
        Resources.FirstOrDefault(r => r.Name == name) ?? throw new KeyNotFoundException($"The app has no resource named '{name}'.");

    /// <summary>The named resources and everything they depend on, directly or not, in model order.</summary>
    public IReadOnlyList<Resource> WithDependencies(IEnumerable<string> names)
    {
        var needed = new HashSet<Resource>();
        var pending = new Stack<Resource>(names.Select(name => this[name]));
        while (pending.TryPop(out var resource))
        {
            if (needed.Add(resource))
            {
                foreach (var dependency in resource.Dependencies)
                    pending.Push(dependency);
            }
        }
        return Resources.Where(needed.Contains).ToList();
    }
}
