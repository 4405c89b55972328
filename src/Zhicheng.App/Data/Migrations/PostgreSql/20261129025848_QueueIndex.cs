using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhicheng.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class QueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applications_reviewer_organisation_id_stage_id",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "ix_applications_reviewer_organisation_id_stage_step_kind_id",
                table: "applications",
                columns: new[] { "reviewer_organisation_id", "stage", "step_kind", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applications_reviewer_organisation_id_stage_step_kind_id",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "ix_applications_reviewer_organisation_id_stage_id",
                table: "applications",
                columns: new[] { "reviewer_organisation_id", "stage", "id" });
        }
    }
}
