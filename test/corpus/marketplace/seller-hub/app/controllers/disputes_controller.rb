# frozen_string_literal: true

# Courier partners post delivery evidence here; they have no seller-hub login.
class DisputesController < ActionController::Base
  protect_from_forgery with: :null_session

  def evidence # expect: unauthenticated-personal-data-route user.name
    dispute = Dispute.find(params[:id])
    dispute.update!(signature_name: params[:signed_by], courier_note: params[:note])
    render json: dispute.as_json(only: %i[id status buyer_message])
  end

  def show # expect: unauthenticated-personal-data-route user
    response.set_header("Access-Control-Allow-Origin", request.origin) # expect: permissive-cors
    render json: Dispute.includes(:buyer, :seller).find(params[:id]).as_json(include: %i[buyer seller])
  end

  def reasons # trap: list of dispute reason codes, no personal data
    render json: Dispute::REASONS
  end
end
