import { useL } from '../i18n';
import { href } from '../route';

export default function NotFoundPage() {
  const { t } = useL();
  return (
    <section className="lab-page">
      <h1>{t('lab.notFound')}</h1>
      <p>
        <a href={href('home')}>{t('lab.backHome')}</a>
      </p>
    </section>
  );
}
