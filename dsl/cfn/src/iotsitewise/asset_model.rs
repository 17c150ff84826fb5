// @generated from AWS::IoTSiteWise::AssetModel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::AssetModel` and its property types.

/// Resource schema for AWS::IoTSiteWise::AssetModel
///
/// CloudFormation type `AWS::IoTSiteWise::AssetModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetModel {
    props: ::forma_core::schema::Props,
}
impl AssetModel {
    /// A new resource with its required properties: `AssetModelName`.
    #[track_caller]
    pub fn new(asset_model_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, asset_model_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The composite asset models that are part of this asset model.
    #[track_caller]
    pub fn asset_model_composite_models(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetModelCompositeModel>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the asset model.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn asset_model_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The external ID of the asset model.
    ///
    /// Allowed: length 2 to 128.
    #[track_caller]
    pub fn asset_model_external_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The hierarchy definitions of the asset model.
    #[track_caller]
    pub fn asset_model_hierarchies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetModelHierarchy>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property definitions of the asset model.
    #[track_caller]
    pub fn asset_model_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetModelProperty>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the asset model (ASSET_MODEL OR COMPONENT_MODEL or INTERFACE)
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn asset_model_type(mut self, value: impl ::forma_core::schema::EnumArg<AssetModelType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// a list of asset model and interface relationships
    #[track_caller]
    pub fn enforced_asset_model_interface_relationships(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnforcedAssetModelInterfaceRelationship>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the asset model.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AssetModel {
    type Attributes = AssetModelAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::AssetModel"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::IoTSiteWise::AssetModel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssetModelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssetModelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssetModelAttributes {
    /// `Fn::GetAtt` `AssetModelArn`.
    pub fn asset_model_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssetModelArn")
    }
    /// `Fn::GetAtt` `AssetModelId`.
    pub fn asset_model_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssetModelId")
    }
    /// `Fn::GetAtt` `AssetModelProperties.*.Id`.
    pub fn asset_model_properties_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetModelProperties.*.Id")
    }
    /// `Fn::GetAtt` `AssetModelProperties.*.Type.Transform.Variables.*.Value.PropertyId`.
    pub fn asset_model_properties_type_transform_variables_value_property_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetModelProperties.*.Type.Transform.Variables.*.Value.PropertyId")
    }
    /// `Fn::GetAtt` `AssetModelProperties.*.Type.Metric.Variables.*.Value.PropertyId`.
    pub fn asset_model_properties_type_metric_variables_value_property_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetModelProperties.*.Type.Metric.Variables.*.Value.PropertyId")
    }
    /// `Fn::GetAtt` `AssetModelHierarchies.*.Id`.
    pub fn asset_model_hierarchies_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetModelHierarchies.*.Id")
    }
    /// `Fn::GetAtt` `AssetModelCompositeModels.*.Id`.
    pub fn asset_model_composite_models_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetModelCompositeModels.*.Id")
    }
    /// `Fn::GetAtt` `AssetModelCompositeModels.*.CompositeModelProperties.*.Id`.
    pub fn asset_model_composite_models_composite_model_properties_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetModelCompositeModels.*.CompositeModelProperties.*.Id")
    }
    /// `Fn::GetAtt` `AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Transform.Variables.*.Value.PropertyId`.
    pub fn asset_model_composite_models_composite_model_properties_type_transform_variables_value_property_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Transform.Variables.*.Value.PropertyId",
        )
    }
    /// `Fn::GetAtt` `AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Metric.Variables.*.Value.PropertyId`.
    pub fn asset_model_composite_models_composite_model_properties_type_metric_variables_value_property_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Metric.Variables.*.Value.PropertyId",
        )
    }
}

/// The values CloudFormation documents: `ASSET_MODEL`, `COMPONENT_MODEL`, `INTERFACE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssetModelType {
    /// `ASSET_MODEL`
    AssetModel,
    /// `COMPONENT_MODEL`
    ComponentModel,
    /// `INTERFACE`
    Interface,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssetModelType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AssetModel => "ASSET_MODEL",
            Self::ComponentModel => "COMPONENT_MODEL",
            Self::Interface => "INTERFACE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASSET_MODEL", "COMPONENT_MODEL", "INTERFACE"]
    }
}
impl ::std::convert::From<AssetModelType> for ::forma_core::Value<AssetModelType> {
    fn from(v: AssetModelType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssetModelType {}

/// Contains a composite model definition in an asset model.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetModelCompositeModel {
    props: ::forma_core::schema::Props,
}
impl AssetModelCompositeModel {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, name.into().into_expr());
        props.set(8, type_.into().into_expr());
        Self { props }
    }
    /// The component model ID for which the composite model is composed of
    pub fn composed_asset_model_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The property definitions of the asset model.
    pub fn composite_model_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetModelProperty>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A description for the asset composite model.
    ///
    /// Allowed: length 1 to 2048.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The External ID of the composite model
    ///
    /// Allowed: length 2 to 128.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Actual ID of the composite model
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The parent composite model External ID
    ///
    /// Allowed: length 2 to 128.
    pub fn parent_asset_model_composite_model_external_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The path of the composite model.
    pub fn path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetModelCompositeModel> for ::forma_core::Value<AssetModelCompositeModel> {
    fn from(v: AssetModelCompositeModel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_MODEL_COMPOSITE_MODEL_TYPE.properties))
    }
}

/// Contains information about an asset model hierarchy.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetModelHierarchy {
    props: ::forma_core::schema::Props,
}
impl AssetModelHierarchy {
    /// A new value with its required properties: `ChildAssetModelId`, `Name`.
    pub fn new(
        child_asset_model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, child_asset_model_id.into().into_expr());
        props.set(4, name.into().into_expr());
        Self { props }
    }
    /// Customer provided external ID for hierarchy
    ///
    /// Allowed: length 2 to 128.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Customer provided actual ID for hierarchy
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Customer provided logical ID for hierarchy.
    ///
    /// Allowed: length 1 to 256.
    pub fn logical_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetModelHierarchy> for ::forma_core::Value<AssetModelHierarchy> {
    fn from(v: AssetModelHierarchy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_MODEL_HIERARCHY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `INTEGER`, `DOUBLE`, `BOOLEAN`, `STRUCT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataType {
    /// `STRING`
    String,
    /// `INTEGER`
    Integer,
    /// `DOUBLE`
    Double,
    /// `BOOLEAN`
    Boolean,
    /// `STRUCT`
    Struct,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Double => "DOUBLE",
            Self::Boolean => "BOOLEAN",
            Self::Struct => "STRUCT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "INTEGER", "DOUBLE", "BOOLEAN", "STRUCT"]
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataType {}

/// The values CloudFormation documents: `AWS/ALARM_STATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataTypeSpec {
    /// `AWS/ALARM_STATE`
    AwsAlarmState,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataTypeSpec {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsAlarmState => "AWS/ALARM_STATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS/ALARM_STATE"]
    }
}
impl ::std::convert::From<DataTypeSpec> for ::forma_core::Value<DataTypeSpec> {
    fn from(v: DataTypeSpec) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataTypeSpec {}

/// Contains information about an asset model property.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetModelProperty {
    props: ::forma_core::schema::Props,
}
impl AssetModelProperty {
    /// A new value with its required properties: `DataType`, `Name`, `Type`.
    pub fn new(
        data_type: impl ::forma_core::schema::EnumArg<DataType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<PropertyType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_type.into_enum_expr());
        props.set(5, name.into().into_expr());
        props.set(6, type_.into().into_expr());
        Self { props }
    }
    /// The data type of the structure for this property.
    ///
    /// Allowed: length 1 to 256.
    pub fn data_type_spec(mut self, value: impl ::forma_core::schema::EnumArg<DataTypeSpec>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The External ID of the Asset Model Property
    ///
    /// Allowed: length 2 to 128.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The ID of the Asset Model Property
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Customer provided Logical ID for property.
    ///
    /// Allowed: length 1 to 256.
    pub fn logical_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The unit of the asset model property, such as Newtons or RPM.
    ///
    /// Allowed: length 1 to 256.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetModelProperty> for ::forma_core::Value<AssetModelProperty> {
    fn from(v: AssetModelProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_MODEL_PROPERTY_TYPE.properties))
    }
}

/// Contains information about enforced interface hierarchy and asset model hierarchy
#[derive(Debug, Clone, PartialEq)]
pub struct EnforcedAssetModelInterfaceRelationship {
    props: ::forma_core::schema::Props,
}
impl EnforcedAssetModelInterfaceRelationship {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the interface that is enforced to the asset model
    pub fn interface_asset_model_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains information about enforced interface property and asset model property
    pub fn property_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnforcedAssetModelInterfacePropertyMapping>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnforcedAssetModelInterfaceRelationship {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnforcedAssetModelInterfaceRelationship>
    for ::forma_core::Value<EnforcedAssetModelInterfaceRelationship>
{
    fn from(v: EnforcedAssetModelInterfaceRelationship) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENFORCED_ASSET_MODEL_INTERFACE_RELATIONSHIP_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTSiteWise::AssetModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Measurement`, `Attribute`, `Transform`, `Metric`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TypeName {
    /// `Measurement`
    Measurement,
    /// `Attribute`
    Attribute,
    /// `Transform`
    Transform,
    /// `Metric`
    Metric,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TypeName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Measurement => "Measurement",
            Self::Attribute => "Attribute",
            Self::Transform => "Transform",
            Self::Metric => "Metric",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Measurement", "Attribute", "Transform", "Metric"]
    }
}
impl ::std::convert::From<TypeName> for ::forma_core::Value<TypeName> {
    fn from(v: TypeName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TypeName {}

/// Contains a property type, which can be one of attribute, measurement, metric, or transform.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyType {
    props: ::forma_core::schema::Props,
}
impl PropertyType {
    /// A new value with its required properties: `TypeName`.
    pub fn new(type_name: impl ::forma_core::schema::EnumArg<TypeName>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, type_name.into_enum_expr());
        Self { props }
    }
    /// `Attribute`.
    pub fn attribute(mut self, value: impl ::std::convert::Into<::forma_core::Value<Attribute>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Metric`.
    pub fn metric(mut self, value: impl ::std::convert::Into<::forma_core::Value<Metric>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Transform`.
    pub fn transform(mut self, value: impl ::std::convert::Into<::forma_core::Value<Transform>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PropertyType> for ::forma_core::Value<PropertyType> {
    fn from(v: PropertyType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_TYPE_TYPE.properties))
    }
}

/// Contains information about enforced interface property and asset model property
#[derive(Debug, Clone, PartialEq)]
pub struct EnforcedAssetModelInterfacePropertyMapping {
    props: ::forma_core::schema::Props,
}
impl EnforcedAssetModelInterfacePropertyMapping {
    /// A new value with its required properties: `InterfaceAssetModelPropertyExternalId`.
    pub fn new(
        interface_asset_model_property_external_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, interface_asset_model_property_external_id.into().into_expr());
        Self { props }
    }
    /// The external ID of the enforced asset model property
    pub fn asset_model_property_external_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The logical ID of the enforced asset model property
    pub fn asset_model_property_logical_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EnforcedAssetModelInterfacePropertyMapping>
    for ::forma_core::Value<EnforcedAssetModelInterfacePropertyMapping>
{
    fn from(v: EnforcedAssetModelInterfacePropertyMapping) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(ENFORCED_ASSET_MODEL_INTERFACE_PROPERTY_MAPPING_TYPE.properties),
        )
    }
}

/// The `Attribute` property type of `AWS::IoTSiteWise::AssetModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    props: ::forma_core::schema::Props,
}
impl Attribute {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Attribute {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Attribute> for ::forma_core::Value<Attribute> {
    fn from(v: Attribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_TYPE.properties))
    }
}

/// The `Metric` property type of `AWS::IoTSiteWise::AssetModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    props: ::forma_core::schema::Props,
}
impl Metric {
    /// A new value with its required properties: `Expression`, `Variables`, `Window`.
    pub fn new(
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        variables: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExpressionVariable>>>,
        window: impl ::std::convert::Into<::forma_core::Value<MetricWindow>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expression.into().into_expr());
        props.set(1, variables.into().into_expr());
        props.set(2, window.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Metric> for ::forma_core::Value<Metric> {
    fn from(v: Metric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_TYPE.properties))
    }
}

/// The `Transform` property type of `AWS::IoTSiteWise::AssetModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transform {
    props: ::forma_core::schema::Props,
}
impl Transform {
    /// A new value with its required properties: `Expression`, `Variables`.
    pub fn new(
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        variables: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExpressionVariable>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expression.into().into_expr());
        props.set(1, variables.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Transform> for ::forma_core::Value<Transform> {
    fn from(v: Transform) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_TYPE.properties))
    }
}

/// The `ExpressionVariable` property type of `AWS::IoTSiteWise::AssetModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressionVariable {
    props: ::forma_core::schema::Props,
}
impl ExpressionVariable {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<VariableValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExpressionVariable> for ::forma_core::Value<ExpressionVariable> {
    fn from(v: ExpressionVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPRESSION_VARIABLE_TYPE.properties))
    }
}

/// Contains a time interval window used for data aggregate computations (for example, average, sum, count, and so on).
#[derive(Debug, Clone, PartialEq)]
pub struct MetricWindow {
    props: ::forma_core::schema::Props,
}
impl MetricWindow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains a tumbling window, which is a repeating fixed-sized, non-overlapping, and contiguous time interval.
    pub fn tumbling(mut self, value: impl ::std::convert::Into<::forma_core::Value<TumblingWindow>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetricWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetricWindow> for ::forma_core::Value<MetricWindow> {
    fn from(v: MetricWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_WINDOW_TYPE.properties))
    }
}

/// The `VariableValue` property type of `AWS::IoTSiteWise::AssetModel`.
#[derive(Debug, Clone, PartialEq)]
pub struct VariableValue {
    props: ::forma_core::schema::Props,
}
impl VariableValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The External ID of the hierarchy that is trying to be referenced
    ///
    /// Allowed: length 2 to 128.
    pub fn hierarchy_external_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the hierarchy that is trying to be referenced
    ///
    /// Allowed: length 36 to 36.
    pub fn hierarchy_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HierarchyLogicalId`.
    ///
    /// Allowed: length 1 to 256.
    pub fn hierarchy_logical_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The External ID of the property that is trying to be referenced
    ///
    /// Allowed: length 2 to 128.
    pub fn property_external_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ID of the property that is trying to be referenced
    ///
    /// Allowed: length 36 to 36.
    pub fn property_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `PropertyLogicalId`.
    ///
    /// Allowed: length 1 to 256.
    pub fn property_logical_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The path of the property that is trying to be referenced
    pub fn property_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PropertyPathDefinition>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VariableValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VariableValue> for ::forma_core::Value<VariableValue> {
    fn from(v: VariableValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VARIABLE_VALUE_TYPE.properties))
    }
}

/// Contains a tumbling window, which is a repeating fixed-sized, non-overlapping, and contiguous time interval.
#[derive(Debug, Clone, PartialEq)]
pub struct TumblingWindow {
    props: ::forma_core::schema::Props,
}
impl TumblingWindow {
    /// A new value with its required properties: `Interval`.
    pub fn new(interval: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, interval.into().into_expr());
        Self { props }
    }
    /// The shift or reference point on timeline for the contiguous time intervals.
    ///
    /// Allowed: length 2 to 25.
    pub fn offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TumblingWindow> for ::forma_core::Value<TumblingWindow> {
    fn from(v: TumblingWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TUMBLING_WINDOW_TYPE.properties))
    }
}

/// The definition for property path which is used to reference properties in transforms/metrics
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyPathDefinition {
    props: ::forma_core::schema::Props,
}
impl PropertyPathDefinition {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PropertyPathDefinition> for ::forma_core::Value<PropertyPathDefinition> {
    fn from(v: PropertyPathDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_PATH_DEFINITION_TYPE.properties))
    }
}

/// The schema of `AWS::IoTSiteWise::AssetModel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::AssetModel",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssetModelCompositeModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSET_MODEL_COMPOSITE_MODEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AssetModelDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssetModelExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssetModelHierarchies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSET_MODEL_HIERARCHY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AssetModelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssetModelProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSET_MODEL_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AssetModelType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ASSET_MODEL", "COMPONENT_MODEL", "INTERFACE"]),
        },
        ::forma_core::schema::Property {
            name: "EnforcedAssetModelInterfaceRelationships",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENFORCED_ASSET_MODEL_INTERFACE_RELATIONSHIP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "AssetModelArn",
        "AssetModelId",
        "AssetModelProperties.*.Id",
        "AssetModelProperties.*.Type.Transform.Variables.*.Value.PropertyId",
        "AssetModelProperties.*.Type.Metric.Variables.*.Value.PropertyId",
        "AssetModelHierarchies.*.Id",
        "AssetModelCompositeModels.*.Id",
        "AssetModelCompositeModels.*.CompositeModelProperties.*.Id",
        "AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Transform.Variables.*.Value.PropertyId",
        "AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Metric.Variables.*.Value.PropertyId",
    ],
};

static ASSET_MODEL_COMPOSITE_MODEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.AssetModelCompositeModel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComposedAssetModelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CompositeModelProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSET_MODEL_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParentAssetModelCompositeModelExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ASSET_MODEL_HIERARCHY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::IoTSiteWise::AssetModel.AssetModelHierarchy",
properties: &[
::forma_core::schema::Property { name: "ChildAssetModelId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^externalId:[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+$"), min_length: Some(13), max_length: Some(139) }) },
::forma_core::schema::Property { name: "ExternalId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"), min_length: Some(2), max_length: Some(128) }) },
::forma_core::schema::Property { name: "Id", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), min_length: Some(36), max_length: Some(36) }) },
::forma_core::schema::Property { name: "LogicalId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[^\\u0000-\\u001F\\u007F]+"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"), min_length: Some(1), max_length: Some(256) }) },
],
rules: &[],
};

static ASSET_MODEL_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.AssetModelProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "INTEGER", "DOUBLE", "BOOLEAN", "STRUCT"]),
        },
        ::forma_core::schema::Property {
            name: "DataTypeSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS/ALARM_STATE"]),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogicalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^\\u0000-\\u001F\\u007F]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROPERTY_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ENFORCED_ASSET_MODEL_INTERFACE_RELATIONSHIP_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTSiteWise::AssetModel.EnforcedAssetModelInterfaceRelationship",
        properties: &[
            ::forma_core::schema::Property {
                name: "InterfaceAssetModelId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "PropertyMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&ENFORCED_ASSET_MODEL_INTERFACE_PROPERTY_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROPERTY_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.PropertyType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Transform",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TypeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Measurement", "Attribute", "Transform", "Metric"]),
        },
    ],
    rules: &[],
};

static ENFORCED_ASSET_MODEL_INTERFACE_PROPERTY_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTSiteWise::AssetModel.EnforcedAssetModelInterfacePropertyMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "AssetModelPropertyExternalId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "AssetModelPropertyLogicalId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "InterfaceAssetModelPropertyExternalId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.Attribute",
    properties: &[::forma_core::schema::Property {
        name: "DefaultValue",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.Metric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXPRESSION_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Window",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_WINDOW_TYPE),
        },
    ],
    rules: &[],
};

static TRANSFORM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.Transform",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXPRESSION_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EXPRESSION_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.ExpressionVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VARIABLE_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static METRIC_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.MetricWindow",
    properties: &[::forma_core::schema::Property {
        name: "Tumbling",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&TUMBLING_WINDOW_TYPE),
    }],
    rules: &[],
};

static VARIABLE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.VariableValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "HierarchyExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "HierarchyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "HierarchyLogicalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^\\u0000-\\u001F\\u007F]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyLogicalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^\\u0000-\\u001F\\u007F]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROPERTY_PATH_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TUMBLING_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.TumblingWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "Interval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(23),
            }),
        },
        ::forma_core::schema::Property {
            name: "Offset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(25),
            }),
        },
    ],
    rules: &[],
};

static PROPERTY_PATH_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AssetModel.PropertyPathDefinition",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};
