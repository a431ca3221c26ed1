import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

export async function GET() { // trap: status endpoint, returns counts only
  const waiting = await db.visit.count({ where: { status: 'waiting' } });
  return NextResponse.json({ ok: true, patientsWaiting: waiting, version: process.env.APP_VERSION });
}
