import { t } from '../core/i18n.js';
import { RequestError } from '../core/requests.js';

/** Opens the microphone when a call is answered or placed; a refusal is a clear error on the desk. */
export async function openMicrophone(getUserMedia: (c: MediaStreamConstraints) => Promise<MediaStream>): Promise<MediaStream> {
  try {
    return await getUserMedia({ audio: true, video: false });
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === 'NotAllowedError' || name === 'SecurityError') throw new RequestError('microphone-denied', t('sip.microphoneDenied'));
    if (name === 'NotFoundError' || name === 'OverconstrainedError') throw new RequestError('microphone-missing', t('sip.microphoneMissing'));
    throw new RequestError('microphone-failed', t('sip.microphoneFailed'));
  }
}

export function stopStream(stream: MediaStream | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/** Remote audio of the call the agent is talking on; one element, its stream swapped per call. */
export function remoteAudio(element: HTMLAudioElement = new Audio()) {
  element.autoplay = true;
  return {
    element,
    play(connection: RTCPeerConnection) {
      const tracks = connection.getReceivers().map((r) => r.track).filter((track) => track?.kind === 'audio');
      element.srcObject = new MediaStream(tracks);
      // Autoplay may be refused before the agent touched the page; the answer click counts as a gesture.
      void element.play().catch(() => undefined);
    },
    stop(connection: RTCPeerConnection | undefined) {
      const current = element.srcObject as MediaStream | null;
      if (!connection || !current) return;
      const mine = connection.getReceivers().some((r) => current.getTracks().includes(r.track));
      if (mine) element.srcObject = null;
    },
    /** Chooses the output device where the browser allows it (`setSinkId`). */
    async setOutputDevice(deviceId: string) {
      const sink = element as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
      if (typeof sink.setSinkId !== 'function') throw new RequestError('unsupported', t('sip.noOutputDevice'));
      await sink.setSinkId(deviceId);
    },
  };
}
