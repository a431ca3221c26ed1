<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('fleet_partners', function (Blueprint $table) {
            $table->id();
            $table->string('company_name'); // trap: organisation name, not a person's
            $table->string('company_phone', 20); // trap: organisation switchboard, not a person's number
            $table->string('billing_address'); // trap: the company's billing address
            $table->string('support_email'); // trap: shared company mailbox, not a person's email
            $table->string('uen', 10)->unique();
            $table->string('contact_person_name')->nullable(); // expect: personal-data-field user.name
            $table->string('contact_person_mobile', 20)->nullable(); // expect: personal-data-field user.contact.phone_number
            $table->timestamps();
        });

        Schema::create('fleet_drivers', function (Blueprint $table) {
            $table->id();
            $table->foreignId('fleet_partner_id')->constrained()->cascadeOnDelete();
            $table->string('full_name'); // expect: personal-data-field user.name
            $table->string('phone', 20)->unique(); // expect: personal-data-field user.contact.phone_number
            $table->string('email')->nullable(); // expect: personal-data-field user.contact.email
            $table->date('date_of_birth'); // expect: personal-data-field user.demographic.date_of_birth
            $table->text('licence_number'); // expect: sensitive-personal-data-field user.government_id.drivers_license_number
            $table->string('vehicle_plate', 12)->index(); // expect: sensitive-personal-data-field user.government_id.vehicle_registration ; expect: unencrypted-sensitive-storage user.government_id.vehicle_registration
            $table->text('iban')->nullable(); // expect: sensitive-personal-data-field user.financial.bank_account
            $table->ipAddress('last_login_ip')->nullable(); // expect: personal-data-field user.device.ip_address
            $table->string('status', 16)->default('active');
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('fleet_drivers');
        Schema::dropIfExists('fleet_partners');
    }
};
