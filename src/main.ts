import { mount } from 'svelte';
import Halvera from './ui/Halvera.svelte';
import './ui/global.css';

mount(Halvera, { target: document.getElementById('app')! });
