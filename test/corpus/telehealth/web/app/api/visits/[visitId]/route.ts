import { NextResponse, type NextRequest } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { db } from '@/lib/db';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*', // expect: permissive-cors
  'Access-Control-Allow-Methods': 'GET, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'content-type, authorization',
};

export async function OPTIONS() { // trap: CORS preflight, returns headers only
  return new NextResponse(null, { status: 204, headers: CORS_HEADERS });
}

export async function GET(_req: NextRequest, { params }: { params: { visitId: string } }) { // trap: session checked with getServerSession before any data is read
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const visit = await db.visit.findFirst({ where: { id: params.visitId, patientId: session.user.id }, include: { patient: true } });
  return NextResponse.json(visit, { headers: CORS_HEADERS });
}

/** Called by the video provider's webhook when the call ends: adds the clinician's notes. */
export async function PATCH(req: NextRequest, { params }: { params: { visitId: string } }) { // expect: unauthenticated-personal-data-route user.health_and_medical
  const { clinicalNotes, diagnosisCode } = await req.json();
  const visit = await db.visit.update({ where: { id: params.visitId }, data: { clinicalNotes, diagnosisCode } });
  if (!visit) {
    return NextResponse.json({ error: `Visit not found; notes were: ${clinicalNotes}` }, { status: 404 }); // expect: personal-data-in-error user.health_and_medical
  }
  return NextResponse.json(visit, { headers: CORS_HEADERS });
}
