using System.Security.Cryptography;
using System.Text.Json;
using Sanctum.AppHost.Model;

namespace Sanctum.AppHost.Hosting;

/// <summary>
/// The generated secrets of one data directory, kept in secrets.json (readable by the owner only) so that
/// the databases created with them still open after a restart.
/// </summary>
internal sealed class SecretStore
{
    // Letters and digits only, so a value never needs quoting inside a connection string.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly Dictionary<string, string> values;

    private SecretStore(Dictionary<string, string> values) => this.values = values;

    public string this[ParameterResource parameter] => values[parameter.Name];

    /// <summary>Loads the file, generating and saving a value for every parameter that has none yet.</summary>
    public static SecretStore Open(string path, IEnumerable<ParameterResource> parameters)
    {
        var values = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!
            : [];

        var missing = parameters.Where(p => !values.ContainsKey(p.Name)).ToList();
        foreach (var parameter in missing)
            values[parameter.Name] = RandomNumberGenerator.GetString(Alphabet, parameter.MinLength);

        if (missing.Count > 0)
            Save(path, values);
        return new SecretStore(values);
    }

    private static void Save(string path, Dictionary<string, string> values)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnly };
        using (var file = new StreamWriter(path, options))
            file.Write(JsonSerializer.Serialize(values, new JsonSerializerOptions { WriteIndented = true }));

        // UnixCreateMode applies only when the file is new.
        File.SetUnixFileMode(path, OwnerOnly);
    }
}
