# frozen_string_literal: true

module Api
  module V1
    # Booking widget embedded on partner pharmacy websites.
    class AppointmentsController < ActionController::API
      include ActionController::Cookies

      def slots # trap: returns free slot times only
        render json: Slot.available.where(clinic_id: params[:clinic_id]).pluck(:starts_at)
      end

      def show # expect: unauthenticated-personal-data-route user
        appointment = Appointment.find(params[:id])
        render json: appointment.as_json(include: :patient)
      end

      def cancel # expect: unauthenticated-personal-data-route user.name
        appointment = Appointment.find(params[:id])
        appointment.update!(status: :cancelled)
        render json: appointment.as_json(include: { patient: { only: %i[full_name mobile_phone] } })
      end

      def create # expect: unauthenticated-personal-data-route user.contact.email
        patient = Patient.find_or_initialize_by(email: params.require(:email))
        raise ArgumentError, "Patient #{patient.email} has an unpaid no-show fee" if patient.unpaid_fees? # expect: personal-data-in-error user.contact.email
        raise ArgumentError, "Slot is no longer available" unless Slot.free?(params[:slot_id]) # trap: generic error message

        appointment = Appointment.create!(patient:, slot_id: params[:slot_id])
        cookies[:booking_ref] = { value: appointment.reference, secure: true, httponly: true, same_site: :lax } # trap: opaque booking reference, all flags set
        cookies[:booking_email] = { value: patient.email, secure: true, httponly: true, same_site: :lax } # expect: personal-data-in-client-storage user.contact.email
        cookies.encrypted[:booking_phone] = { value: params[:phone], secure: true, httponly: true, same_site: :lax } # trap: encrypted cookie, the client cannot read the value
        render json: { reference: appointment.reference }, status: :created
      end
    end
  end
end
