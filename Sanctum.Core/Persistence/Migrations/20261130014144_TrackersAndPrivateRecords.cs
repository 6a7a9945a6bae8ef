using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TrackersAndPrivateRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "trackers");

            migrationBuilder.AddColumn<bool>(
                name: "is_private",
                schema: "mood",
                table: "shifts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "trackers",
                schema: "identity",
                table: "profiles",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "is_private",
                schema: "episodes",
                table: "episodes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_private",
                schema: "dbt",
                table: "diary_cards",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "abandonment",
                schema: "trackers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trigger_situation = table.Column<string>(type: "text", nullable: false),
                    fear_intensity = table.Column<int>(type: "integer", nullable: false),
                    physical_response = table.Column<string>(type: "text", nullable: true),
                    thought_patterns = table.Column<string>(type: "jsonb", nullable: false),
                    behaviour_response = table.Column<string>(type: "text", nullable: true),
                    reality_check_evidence = table.Column<string>(type: "text", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_abandonment", x => x.id);
                    table.ForeignKey(
                        name: "fk_abandonment_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "emotional_intensity",
                schema: "trackers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    emotion = table.Column<string>(type: "text", nullable: false),
                    intensity = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "text", nullable: true),
                    duration_minutes = table.Column<int>(type: "integer", nullable: true),
                    physical_symptoms = table.Column<string>(type: "jsonb", nullable: false),
                    coping_used = table.Column<string>(type: "text", nullable: true),
                    effectiveness = table.Column<int>(type: "integer", nullable: true),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emotional_intensity", x => x.id);
                    table.ForeignKey(
                        name: "fk_emotional_intensity_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "menstrual",
                schema: "trackers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    cycle_day = table.Column<int>(type: "integer", nullable: true),
                    flow = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    symptoms = table.Column<string>(type: "jsonb", nullable: false),
                    energy = table.Column<int>(type: "integer", nullable: true),
                    drsp_ratings = table.Column<string>(type: "jsonb", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_menstrual", x => x.id);
                    table.ForeignKey(
                        name: "fk_menstrual_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "relationships",
                schema: "trackers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    person = table.Column<string>(type: "text", nullable: false),
                    interaction = table.Column<string>(type: "text", nullable: false),
                    feelings = table.Column<string>(type: "text", nullable: true),
                    split = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    repair_actions = table.Column<string>(type: "text", nullable: true),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relationships", x => x.id);
                    table.ForeignKey(
                        name: "fk_relationships_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routines",
                schema: "trackers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    completed_steps = table.Column<string>(type: "jsonb", nullable: false),
                    skipped_steps = table.Column<string>(type: "jsonb", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routines", x => x.id);
                    table.ForeignKey(
                        name: "fk_routines_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_abandonment_user_id_occurred_at",
                schema: "trackers",
                table: "abandonment",
                columns: new[] { "user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_emotional_intensity_user_id_occurred_at",
                schema: "trackers",
                table: "emotional_intensity",
                columns: new[] { "user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_menstrual_user_id_date",
                schema: "trackers",
                table: "menstrual",
                columns: new[] { "user_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_relationships_user_id_occurred_at",
                schema: "trackers",
                table: "relationships",
                columns: new[] { "user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_routines_user_id_date_type",
                schema: "trackers",
                table: "routines",
                columns: new[] { "user_id", "date", "type" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "abandonment",
                schema: "trackers");

            migrationBuilder.DropTable(
                name: "emotional_intensity",
                schema: "trackers");

            migrationBuilder.DropTable(
                name: "menstrual",
                schema: "trackers");

            migrationBuilder.DropTable(
                name: "relationships",
                schema: "trackers");

            migrationBuilder.DropTable(
                name: "routines",
                schema: "trackers");

            migrationBuilder.DropColumn(
                name: "is_private",
                schema: "mood",
                table: "shifts");

            migrationBuilder.DropColumn(
                name: "trackers",
                schema: "identity",
                table: "profiles");

            migrationBuilder.DropColumn(
                name: "is_private",
                schema: "episodes",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "is_private",
                schema: "dbt",
                table: "diary_cards");
        }
    }
}
