using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sanctum.Core.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SanctumDbContext>
{
    public SanctumDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SanctumDbContext>()
        .UseNpgsql("Host=localhost;Database=sanctumdb")
        .UseSnakeCaseNamingConvention()
        .Options);
}
