using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhicheng.App.Data.Migrations.PostgreSql
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
                type: "integer",
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
