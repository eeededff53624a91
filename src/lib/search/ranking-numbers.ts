import { z } from 'astro/zod';

/** A non-negative weight or boost of the ranking. */
export const Weight = z.number().nonnegative();

/** A depth: how many candidates, rows or neighbours, at least 1. */
export const Depth = z.number().int().positive();
