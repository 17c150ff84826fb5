// @generated from AWS::Omics::Workflow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Omics::Workflow` and its property types.

/// Definition of AWS::Omics::Workflow Resource Type
///
/// CloudFormation type `AWS::Omics::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workflow {
    props: ::forma_core::schema::Props,
}
impl Workflow {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Accelerators`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn accelerators(mut self, value: impl ::forma_core::schema::EnumArg<Accelerators>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ContainerRegistryMap`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn container_registry_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerRegistryMap>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ContainerRegistryMapUri`.
    ///
    /// Allowed: length 1 to 750.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn container_registry_map_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionRepository`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn definition_repository(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefinitionRepository>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionUri`.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn definition_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Engine`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn engine(mut self, value: impl ::forma_core::schema::EnumArg<WorkflowEngine>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Main`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn main(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ParameterTemplate`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn parameter_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Path to the primary workflow parameter template JSON file inside the repository
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn parameter_template_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StorageCapacity`.
    ///
    /// Allowed: 0 to 100000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StorageType`.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn storage_type(mut self, value: impl ::forma_core::schema::EnumArg<StorageType>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of resource tags
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional workflow bucket owner ID to verify the workflow bucket
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workflow_bucket_owner_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The markdown content for the workflow's README file.
    #[track_caller]
    pub fn readme_markdown(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The path to the workflow README markdown file within the repository.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn readme_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The S3 URI of the README file for the workflow.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn readme_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Workflow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Workflow {
    type Attributes = WorkflowAttributes;
    fn type_name(&self) -> &str {
        "AWS::Omics::Workflow"
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
/// The attributes of a `AWS::Omics::Workflow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkflowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkflowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkflowAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `Uuid`.
    pub fn uuid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Uuid")
    }
}

/// The values CloudFormation documents: `GPU`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Accelerators {
    /// `GPU`
    Gpu,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Accelerators {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpu => "GPU",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GPU"]
    }
}
impl ::std::convert::From<Accelerators> for ::forma_core::Value<Accelerators> {
    fn from(v: Accelerators) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Accelerators {}

/// The values CloudFormation documents: `WDL`, `NEXTFLOW`, `CWL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowEngine {
    /// `WDL`
    Wdl,
    /// `NEXTFLOW`
    Nextflow,
    /// `CWL`
    Cwl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkflowEngine {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wdl => "WDL",
            Self::Nextflow => "NEXTFLOW",
            Self::Cwl => "CWL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WDL", "NEXTFLOW", "CWL"]
    }
}
impl ::std::convert::From<WorkflowEngine> for ::forma_core::Value<WorkflowEngine> {
    fn from(v: WorkflowEngine) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkflowEngine {}

/// The values CloudFormation documents: `STATIC`, `DYNAMIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageType {
    /// `STATIC`
    Static,
    /// `DYNAMIC`
    Dynamic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Static => "STATIC",
            Self::Dynamic => "DYNAMIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STATIC", "DYNAMIC"]
    }
}
impl ::std::convert::From<StorageType> for ::forma_core::Value<StorageType> {
    fn from(v: StorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageType {}

/// The `ContainerRegistryMap` property type of `AWS::Omics::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerRegistryMap {
    props: ::forma_core::schema::Props,
}
impl ContainerRegistryMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ImageMappings`.
    pub fn image_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ImageMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RegistryMappings`.
    pub fn registry_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RegistryMapping>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerRegistryMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerRegistryMap> for ::forma_core::Value<ContainerRegistryMap> {
    fn from(v: ContainerRegistryMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_REGISTRY_MAP_TYPE.properties))
    }
}

/// The `DefinitionRepository` property type of `AWS::Omics::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefinitionRepository {
    props: ::forma_core::schema::Props,
}
impl DefinitionRepository {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `connectionArn`.
    ///
    /// Allowed: length 1 to 256.
    pub fn connection_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `excludeFilePatterns`.
    pub fn exclude_file_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `fullRepositoryId`.
    pub fn full_repository_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `sourceReference`.
    pub fn source_reference(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceReference>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefinitionRepository {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefinitionRepository> for ::forma_core::Value<DefinitionRepository> {
    fn from(v: DefinitionRepository) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFINITION_REPOSITORY_TYPE.properties))
    }
}

/// The `WorkflowParameter` property type of `AWS::Omics::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowParameter {
    props: ::forma_core::schema::Props,
}
impl WorkflowParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Optional`.
    pub fn optional(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowParameter> for ::forma_core::Value<WorkflowParameter> {
    fn from(v: WorkflowParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_PARAMETER_TYPE.properties))
    }
}

/// The `ImageMapping` property type of `AWS::Omics::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageMapping {
    props: ::forma_core::schema::Props,
}
impl ImageMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationImage`.
    ///
    /// Allowed: length 1 to 750.
    pub fn destination_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SourceImage`.
    ///
    /// Allowed: length 1 to 750.
    pub fn source_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageMapping> for ::forma_core::Value<ImageMapping> {
    fn from(v: ImageMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_MAPPING_TYPE.properties))
    }
}

/// The `RegistryMapping` property type of `AWS::Omics::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryMapping {
    props: ::forma_core::schema::Props,
}
impl RegistryMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EcrAccountId`.
    ///
    /// Allowed: length 12 to 12.
    pub fn ecr_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EcrRepositoryPrefix`.
    ///
    /// Allowed: length 1 to 256.
    pub fn ecr_repository_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UpstreamRegistryUrl`.
    ///
    /// Allowed: length 1 to 750.
    pub fn upstream_registry_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UpstreamRepositoryPrefix`.
    ///
    /// Allowed: length 2 to 30.
    pub fn upstream_repository_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RegistryMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RegistryMapping> for ::forma_core::Value<RegistryMapping> {
    fn from(v: RegistryMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGISTRY_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BRANCH`, `TAG`, `COMMIT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `BRANCH`
    Branch,
    /// `TAG`
    Tag,
    /// `COMMIT`
    Commit,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Branch => "BRANCH",
            Self::Tag => "TAG",
            Self::Commit => "COMMIT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BRANCH", "TAG", "COMMIT"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `SourceReference` property type of `AWS::Omics::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceReference {
    props: ::forma_core::schema::Props,
}
impl SourceReference {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceReference {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceReference> for ::forma_core::Value<SourceReference> {
    fn from(v: SourceReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_REFERENCE_TYPE.properties))
    }
}

/// The schema of `AWS::Omics::Workflow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Omics::Workflow",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accelerators",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GPU"]),
        },
        ::forma_core::schema::Property {
            name: "ContainerRegistryMap",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_REGISTRY_MAP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerRegistryMapUri",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(750),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefinitionRepository",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DEFINITION_REPOSITORY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefinitionUri",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["WDL", "NEXTFLOW", "CWL"]),
        },
        ::forma_core::schema::Property {
            name: "Main",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParameterTemplate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&WORKFLOW_PARAMETER_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "ParameterTemplatePath",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacity",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STATIC", "DYNAMIC"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "WorkflowBucketOwnerId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "readmeMarkdown",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "readmePath",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "readmeUri",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/((.{1,1024}))$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreationTime", "Id", "Status", "Type", "Uuid"],
};

static CONTAINER_REGISTRY_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::Workflow.ContainerRegistryMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImageMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IMAGE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RegistryMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REGISTRY_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DEFINITION_REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::Workflow.DefinitionRepository",
    properties: &[
        ::forma_core::schema::Property {
            name: "connectionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[\\\\w]+)*:.+:.+:[0-9]{12}:.+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "excludeFilePatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "fullRepositoryId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".+/.+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "sourceReference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_REFERENCE_TYPE),
        },
    ],
    rules: &[],
};

static WORKFLOW_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::Workflow.WorkflowParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Optional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static IMAGE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::Workflow.ImageMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(750),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(750),
            }),
        },
    ],
    rules: &[],
};

static REGISTRY_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::Workflow.RegistryMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "EcrAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "EcrRepositoryPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "UpstreamRegistryUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(750),
            }),
        },
        ::forma_core::schema::Property {
            name: "UpstreamRepositoryPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(2),
                max_length: Some(30),
            }),
        },
    ],
    rules: &[],
};

static SOURCE_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::Workflow.SourceReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BRANCH", "TAG", "COMMIT"]),
        },
        ::forma_core::schema::Property {
            name: "value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
