using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhicheng.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingSubmitter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "submitted_by_account_id",
                table: "committee_filings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "submitted_by_account_id",
                table: "committee_filings");
        }
    }
}
