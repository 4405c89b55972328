using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Zhicheng.App.Data;

/// <summary>
/// The system's database: SQLite by default (a file under ./data), PostgreSQL in production. Everything
/// shared between web nodes lives here — to begin with, the data-protection keys that sign form tokens
/// and cookies, so a restart or a second node accepts what the first issued.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
