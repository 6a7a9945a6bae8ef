using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AlertTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every rule and delivery before this one was a crisis alert by email: the defaults say so.
            migrationBuilder.DropIndex(
                name: "ix_alert_deliveries_safety_event_id_rule_id_contact_id",
                schema: "safety",
                table: "alert_deliveries");

            migrationBuilder.AddColumn<string>(
                name: "recipient_phone",
                schema: "notifications",
                table: "notifications",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "channel",
                schema: "safety",
                table: "alert_rules",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Email");

            migrationBuilder.AddColumn<int>(
                name: "days",
                schema: "safety",
                table: "alert_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "safety_event_id",
                schema: "safety",
                table: "alert_deliveries",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "channel",
                schema: "safety",
                table: "alert_deliveries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Email");

            migrationBuilder.AddColumn<string>(
                name: "trigger",
                schema: "safety",
                table: "alert_deliveries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "CrisisDetected");

            migrationBuilder.CreateIndex(
                name: "ix_alert_rules_scanned",
                schema: "safety",
                table: "alert_rules",
                column: "user_id",
                filter: "enabled AND \"trigger\" <> 'CrisisDetected'");

            migrationBuilder.CreateIndex(
                name: "ix_alert_deliveries_safety_event_id_rule_id_contact_id_channel",
                schema: "safety",
                table: "alert_deliveries",
                columns: new[] { "safety_event_id", "rule_id", "contact_id", "channel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_alert_rules_scanned",
                schema: "safety",
                table: "alert_rules");

            migrationBuilder.DropIndex(
                name: "ix_alert_deliveries_safety_event_id_rule_id_contact_id_channel",
                schema: "safety",
                table: "alert_deliveries");

            migrationBuilder.DropColumn(
                name: "recipient_phone",
                schema: "notifications",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "channel",
                schema: "safety",
                table: "alert_rules");

            migrationBuilder.DropColumn(
                name: "days",
                schema: "safety",
                table: "alert_rules");

            migrationBuilder.DropColumn(
                name: "channel",
                schema: "safety",
                table: "alert_deliveries");

            migrationBuilder.DropColumn(
                name: "trigger",
                schema: "safety",
                table: "alert_deliveries");

            migrationBuilder.AlterColumn<Guid>(
                name: "safety_event_id",
                schema: "safety",
                table: "alert_deliveries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_alert_deliveries_safety_event_id_rule_id_contact_id",
                schema: "safety",
                table: "alert_deliveries",
                columns: new[] { "safety_event_id", "rule_id", "contact_id" },
                unique: true);
        }
    }
}
