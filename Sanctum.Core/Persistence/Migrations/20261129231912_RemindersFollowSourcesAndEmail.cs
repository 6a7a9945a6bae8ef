using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RemindersFollowSourcesAndEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "appointment_at",
                schema: "reminders",
                table: "reminders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "channel",
                schema: "reminders",
                table: "reminders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "InApp");

            migrationBuilder.AddColumn<bool>(
                name: "customised",
                schema: "reminders",
                table: "reminders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "derived",
                schema: "reminders",
                table: "reminders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "hours_before",
                schema: "reminders",
                table: "reminders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_sent_at",
                schema: "reminders",
                table: "reminders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_sent_for",
                schema: "reminders",
                table: "reminders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_one_derived_per_thing",
                schema: "reminders",
                table: "reminders",
                columns: new[] { "user_id", "target", "medication_id", "provider_id" },
                unique: true,
                filter: "derived")
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reminders_one_derived_per_thing",
                schema: "reminders",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "appointment_at",
                schema: "reminders",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "channel",
                schema: "reminders",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "customised",
                schema: "reminders",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "derived",
                schema: "reminders",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "hours_before",
                schema: "reminders",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "last_sent_at",
                schema: "reminders",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "last_sent_for",
                schema: "reminders",
                table: "reminders");
        }
    }
}
