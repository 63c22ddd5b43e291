import { RestError } from './restError.js';

/** `fetchRoomVideo` failed: see `status` (HTTP), `code` (body) and `message` (body message, if any). */
export class RoomVideoError extends RestError {
  constructor(message: string, details: ConstructorParameters<typeof RestError>[1]) {
    super(message, details);
    this.name = 'RoomVideoError';
  }
}
