<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('prescription_orders', function (Blueprint $table) {
            $table->id();
            $table->foreignId('customer_id')->constrained(); // trap: surrogate key, not personal data by itself
            $table->text('nhs_number'); // expect: sensitive-personal-data-field user.government_id.national_identification_number
            $table->text('medicine'); // expect: sensitive-personal-data-field user.health_and_medical
            $table->json('consultation_answers'); // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
            $table->string('allergies')->nullable(); // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
            $table->string('delivery_postcode', 10); // expect: personal-data-field user.contact.address.postal_code
            $table->string('status', 16)->default('received');
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('prescription_orders');
    }
};
