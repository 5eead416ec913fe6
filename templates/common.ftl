<#-- Helpers shared by every page. Import with: <#import "common.ftl" as c> -->

<#-- The page word for key, from messages_LANG.properties, with {0}, {1}... filled in:
     ${c.t("tutorial.step", 3)} gives "Étape 3". -->
<#function t key args...>
  <#local text = msg[key]>
  <#list args as arg>
    <#local text = text?replace("{" + arg?index + "}", arg?string)>
  </#list>
  <#return text>
</#function>
