using Microsoft.EntityFrameworkCore.Migrations;
using Zhicheng.App.Features.Audit;

#nullable disable

namespace Zhicheng.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditTriggers.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_entries_append_only_update; DROP TRIGGER audit_entries_append_only_delete;");
        }
    }
}
