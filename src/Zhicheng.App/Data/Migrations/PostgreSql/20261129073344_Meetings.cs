using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhicheng.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "application_id",
                table: "titles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "committee_id",
                table: "titles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "document_number",
                table: "titles",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "account_id",
                table: "committee_members",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "available",
                table: "committee_members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "certificates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    algorithm = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    token = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificates_titles_title_id",
                        column: x => x.title_id,
                        principalTable: "titles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "expert_relations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    relation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    declared_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_relations", x => x.id);
                    table.ForeignKey(
                        name: "fk_expert_relations_committee_members_member_id",
                        column: x => x.member_id,
                        principalTable: "committee_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_expert_relations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    specialties = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    panel_size = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    override_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    override_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    draw_seed = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    draw_order = table.Column<string>(type: "text", nullable: true),
                    drawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    drawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    voting_opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ballots_cast = table.Column<int>(type: "integer", nullable: false),
                    minutes_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    publicity_start = table.Column<DateOnly>(type: "date", nullable: true),
                    publicity_end = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    confirm_override_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "review_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_groups_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_candidates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    application_id = table.Column<int>(type: "integer", nullable: false),
                    group_id = table.Column<int>(type: "integer", nullable: true),
                    moral_character = table.Column<int>(type: "integer", nullable: true),
                    professional_ethics = table.Column<int>(type: "integer", nullable: true),
                    professional_ability = table.Column<int>(type: "integer", nullable: true),
                    technical_level = table.Column<int>(type: "integer", nullable: true),
                    academic_influence = table.Column<int>(type: "integer", nullable: true),
                    opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    scored_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    yes = table.Column<int>(type: "integer", nullable: false),
                    no = table.Column<int>(type: "integer", nullable: false),
                    abstain = table.Column<int>(type: "integer", nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: true),
                    withheld = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_candidates", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_candidates_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_meeting_candidates_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_candidates_review_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "review_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panel_seats",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    group_id = table.Column<int>(type: "integer", nullable: true),
                    present = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_seats", x => x.id);
                    table.ForeignKey(
                        name: "fk_panel_seats_committee_members_member_id",
                        column: x => x.member_id,
                        principalTable: "committee_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_panel_seats_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_panel_seats_review_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "review_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "result_objections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    candidate_id = table.Column<int>(type: "integer", nullable: false),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    raised_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    upheld = table.Column<bool>(type: "boolean", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_result_objections", x => x.id);
                    table.ForeignKey(
                        name: "fk_result_objections_meeting_candidates_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "meeting_candidates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_result_objections_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ballot_receipts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    seat_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ballot_receipts", x => x.id);
                    table.ForeignKey(
                        name: "fk_ballot_receipts_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ballot_receipts_panel_seats_seat_id",
                        column: x => x.seat_id,
                        principalTable: "panel_seats",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_titles_application_id",
                table: "titles",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_account_id",
                table: "committee_members",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_ballot_receipts_meeting_id_seat_id",
                table: "ballot_receipts",
                columns: new[] { "meeting_id", "seat_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ballot_receipts_seat_id",
                table: "ballot_receipts",
                column: "seat_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_number",
                table: "certificates",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_title_id",
                table: "certificates",
                column: "title_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_expert_relations_member_id_person_id",
                table: "expert_relations",
                columns: new[] { "member_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_expert_relations_person_id",
                table: "expert_relations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_candidates_application_id",
                table: "meeting_candidates",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_candidates_group_id",
                table: "meeting_candidates",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_candidates_meeting_id",
                table: "meeting_candidates",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_committee_id_year",
                table: "meetings",
                columns: new[] { "committee_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_status",
                table: "meetings",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_panel_seats_group_id",
                table: "panel_seats",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_panel_seats_meeting_id_member_id",
                table: "panel_seats",
                columns: new[] { "meeting_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_panel_seats_member_id",
                table: "panel_seats",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_result_objections_candidate_id",
                table: "result_objections",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "ix_result_objections_meeting_id",
                table: "result_objections",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_groups_meeting_id",
                table: "review_groups",
                column: "meeting_id");

            migrationBuilder.AddForeignKey(
                name: "fk_committee_members_accounts_account_id",
                table: "committee_members",
                column: "account_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_committee_members_accounts_account_id",
                table: "committee_members");

            migrationBuilder.DropTable(
                name: "ballot_receipts");

            migrationBuilder.DropTable(
                name: "certificates");

            migrationBuilder.DropTable(
                name: "expert_relations");

            migrationBuilder.DropTable(
                name: "result_objections");

            migrationBuilder.DropTable(
                name: "panel_seats");

            migrationBuilder.DropTable(
                name: "meeting_candidates");

            migrationBuilder.DropTable(
                name: "review_groups");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropIndex(
                name: "ix_titles_application_id",
                table: "titles");

            migrationBuilder.DropIndex(
                name: "ix_committee_members_account_id",
                table: "committee_members");

            migrationBuilder.DropColumn(
                name: "application_id",
                table: "titles");

            migrationBuilder.DropColumn(
                name: "committee_id",
                table: "titles");

            migrationBuilder.DropColumn(
                name: "document_number",
                table: "titles");

            migrationBuilder.DropColumn(
                name: "account_id",
                table: "committee_members");

            migrationBuilder.DropColumn(
                name: "available",
                table: "committee_members");
        }
    }
}
