// Tidewater on Azure Functions Flex Consumption (FC1, Linux, dotnet-isolated 10.0), deployed with `azd up`.
// Raw resource types with pinned API versions (no registry modules: they cannot be restored offline). Storage is
// reached only by the app's user-assigned managed identity: shared-key access is disabled and no secret is in app
// settings. See docs/functions.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('The azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('The Azure region of every resource.')
param location string

@minValue(1)
@maxValue(3650)
@description('Days after which accumulated windows (tw-events) and batch outputs and reports (tw-batch) are deleted. The default is 30.')
param retentionDays int = 30

@description('The batch schedule: a 6-field NCRONTAB expression, UTC (app setting BatchSchedule). The default is five past every hour.')
param batchSchedule string = '0 5 * * * *'

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}tidewater-${resourceToken}'

// The app's queues and containers: one source for the storage resources, the lifecycle rule and the app settings.
var names = {
  inboundQueue: 'events-inbound'
  alertQueue: 'alerts'
  eventsContainer: 'tw-events'
  modelsContainer: 'tw-models'
  poisonContainer: 'tw-poison'
  scheduleContainer: 'tw-schedule'
  batchContainer: 'tw-batch'
  deploymentContainer: 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
}

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}tidewater-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    names: names
    retentionDays: retentionDays
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}tidewater-${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}tidewater-${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    principalId: identity.outputs.principalId
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}tidewater-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    names: names
    batchSchedule: batchSchedule
  }
  dependsOn: [
    rbac
  ]
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_FUNCTION_APP_URL string = api.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
