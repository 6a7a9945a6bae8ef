using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EpisodeDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_episodes_user_id_started_at",
                schema: "episodes",
                table: "episodes");

            migrationBuilder.AddColumn<Guid>(
                name: "safety_event_id",
                schema: "episodes",
                table: "episodes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "episodes",
                table: "episodes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                // Every episode logged before drafts existed is the person's own.
                defaultValue: "Confirmed");

            migrationBuilder.CreateIndex(
                name: "ix_episodes_safety_event_id",
                schema: "episodes",
                table: "episodes",
                column: "safety_event_id",
                unique: true,
                filter: "safety_event_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_episodes_user_id_status_started_at",
                schema: "episodes",
                table: "episodes",
                columns: new[] { "user_id", "status", "started_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_episodes_safety_events_safety_event_id",
                schema: "episodes",
                table: "episodes",
                column: "safety_event_id",
                principalSchema: "safety",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_episodes_safety_events_safety_event_id",
                schema: "episodes",
                table: "episodes");

            migrationBuilder.DropIndex(
                name: "ix_episodes_safety_event_id",
                schema: "episodes",
                table: "episodes");

            migrationBuilder.DropIndex(
                name: "ix_episodes_user_id_status_started_at",
                schema: "episodes",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "safety_event_id",
                schema: "episodes",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "episodes",
                table: "episodes");

            migrationBuilder.CreateIndex(
                name: "ix_episodes_user_id_started_at",
                schema: "episodes",
                table: "episodes",
                columns: new[] { "user_id", "started_at" });
        }
    }
}
