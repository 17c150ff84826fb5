// @generated from AWS::MediaLive::Multiplexprogram (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::Multiplexprogram` and its property types.

/// Resource schema for AWS::MediaLive::Multiplexprogram
///
/// CloudFormation type `AWS::MediaLive::Multiplexprogram`.
#[derive(Debug, Clone, PartialEq)]
pub struct Multiplexprogram {
    props: ::forma_core::schema::Props,
}
impl Multiplexprogram {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the multiplex that the program belongs to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn multiplex_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings for this multiplex program.
    #[track_caller]
    pub fn multiplex_program_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiplexProgramSettings>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The packet identifier map for this multiplex program.
    #[track_caller]
    pub fn packet_identifiers_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiplexProgramPacketIdentifiersMap>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains information about the current sources for the specified program in the specified multiplex.
    #[track_caller]
    pub fn pipeline_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MultiplexProgramPipelineDetail>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings for this multiplex program.
    #[track_caller]
    pub fn preferred_channel_pipeline(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PreferredChannelPipeline>,
    ) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the multiplex program.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn program_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Multiplexprogram {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Multiplexprogram {
    type Attributes = MultiplexprogramAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::Multiplexprogram"
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
/// The attributes of a `AWS::MediaLive::Multiplexprogram` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MultiplexprogramAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MultiplexprogramAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MultiplexprogramAttributes {
    /// `Fn::GetAtt` `ChannelId`.
    pub fn channel_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelId")
    }
}

/// The values CloudFormation documents: `CURRENTLY_ACTIVE`, `PIPELINE_0`, `PIPELINE_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreferredChannelPipeline {
    /// `CURRENTLY_ACTIVE`
    CurrentlyActive,
    /// `PIPELINE_0`
    Pipeline0,
    /// `PIPELINE_1`
    Pipeline1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreferredChannelPipeline {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CurrentlyActive => "CURRENTLY_ACTIVE",
            Self::Pipeline0 => "PIPELINE_0",
            Self::Pipeline1 => "PIPELINE_1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CURRENTLY_ACTIVE", "PIPELINE_0", "PIPELINE_1"]
    }
}
impl ::std::convert::From<PreferredChannelPipeline> for ::forma_core::Value<PreferredChannelPipeline> {
    fn from(v: PreferredChannelPipeline) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreferredChannelPipeline {}

/// Multiplex Program settings configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexProgramSettings {
    props: ::forma_core::schema::Props,
}
impl MultiplexProgramSettings {
    /// A new value with its required properties: `ProgramNumber`.
    pub fn new(program_number: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, program_number.into().into_expr());
        Self { props }
    }
    /// Indicates which pipeline is preferred by the multiplex for program ingest.
    pub fn preferred_channel_pipeline(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PreferredChannelPipeline>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Transport stream service descriptor configuration for the Multiplex program.
    pub fn service_descriptor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiplexProgramServiceDescriptor>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Program video settings configuration.
    pub fn video_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MultiplexProgramSettings> for ::forma_core::Value<MultiplexProgramSettings> {
    fn from(v: MultiplexProgramSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_PROGRAM_SETTINGS_TYPE.properties))
    }
}

/// Packet identifiers map for a given Multiplex program.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexProgramPacketIdentifiersMap {
    props: ::forma_core::schema::Props,
}
impl MultiplexProgramPacketIdentifiersMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioPids`.
    pub fn audio_pids(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DvbSubPids`.
    pub fn dvb_sub_pids(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DvbTeletextPid`.
    pub fn dvb_teletext_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EtvPlatformPid`.
    pub fn etv_platform_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EtvSignalPid`.
    pub fn etv_signal_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `KlvDataPids`.
    pub fn klv_data_pids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `PcrPid`.
    pub fn pcr_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PmtPid`.
    pub fn pmt_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PrivateMetadataPid`.
    pub fn private_metadata_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `Scte27Pids`.
    pub fn scte27_pids(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Scte35Pid`.
    pub fn scte35_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `TimedMetadataPid`.
    pub fn timed_metadata_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `VideoPid`.
    pub fn video_pid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiplexProgramPacketIdentifiersMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiplexProgramPacketIdentifiersMap>
    for ::forma_core::Value<MultiplexProgramPacketIdentifiersMap>
{
    fn from(v: MultiplexProgramPacketIdentifiersMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_PROGRAM_PACKET_IDENTIFIERS_MAP_TYPE.properties))
    }
}

/// The current source for one of the pipelines in the multiplex.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexProgramPipelineDetail {
    props: ::forma_core::schema::Props,
}
impl MultiplexProgramPipelineDetail {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Identifies the channel pipeline that is currently active for the pipeline (identified by PipelineId) in the multiplex.
    pub fn active_channel_pipeline(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Identifies a specific pipeline in the multiplex.
    pub fn pipeline_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiplexProgramPipelineDetail {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiplexProgramPipelineDetail> for ::forma_core::Value<MultiplexProgramPipelineDetail> {
    fn from(v: MultiplexProgramPipelineDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_PROGRAM_PIPELINE_DETAIL_TYPE.properties))
    }
}

/// Transport stream service descriptor configuration for the Multiplex program.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexProgramServiceDescriptor {
    props: ::forma_core::schema::Props,
}
impl MultiplexProgramServiceDescriptor {
    /// A new value with its required properties: `ProviderName`, `ServiceName`.
    pub fn new(
        provider_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, provider_name.into().into_expr());
        props.set(1, service_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MultiplexProgramServiceDescriptor>
    for ::forma_core::Value<MultiplexProgramServiceDescriptor>
{
    fn from(v: MultiplexProgramServiceDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_PROGRAM_SERVICE_DESCRIPTOR_TYPE.properties))
    }
}

/// The schema of `AWS::MediaLive::Multiplexprogram`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::Multiplexprogram",
    properties: &[
        ::forma_core::schema::Property {
            name: "MultiplexId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MultiplexProgramSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_PROGRAM_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PacketIdentifiersMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_PROGRAM_PACKET_IDENTIFIERS_MAP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PipelineDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MULTIPLEX_PROGRAM_PIPELINE_DETAIL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PreferredChannelPipeline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CURRENTLY_ACTIVE", "PIPELINE_0", "PIPELINE_1"]),
        },
        ::forma_core::schema::Property {
            name: "ProgramName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ChannelId"],
};

static MULTIPLEX_PROGRAM_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Multiplexprogram.MultiplexProgramSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "PreferredChannelPipeline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CURRENTLY_ACTIVE", "PIPELINE_0", "PIPELINE_1"]),
        },
        ::forma_core::schema::Property {
            name: "ProgramNumber",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceDescriptor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_PROGRAM_SERVICE_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static MULTIPLEX_PROGRAM_PACKET_IDENTIFIERS_MAP_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Multiplexprogram.MultiplexProgramPacketIdentifiersMap",
        properties: &[
            ::forma_core::schema::Property {
                name: "AudioPids",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                        minimum: None,
                        maximum: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DvbSubPids",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                        minimum: None,
                        maximum: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DvbTeletextPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "EtvPlatformPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "EtvSignalPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "KlvDataPids",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                        minimum: None,
                        maximum: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "PcrPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PmtPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PrivateMetadataPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Scte27Pids",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                        minimum: None,
                        maximum: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Scte35Pid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "TimedMetadataPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "VideoPid",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static MULTIPLEX_PROGRAM_PIPELINE_DETAIL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Multiplexprogram.MultiplexProgramPipelineDetail",
        properties: &[
            ::forma_core::schema::Property {
                name: "ActiveChannelPipeline",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "PipelineId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static MULTIPLEX_PROGRAM_SERVICE_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::Multiplexprogram.MultiplexProgramServiceDescriptor",
        properties: &[
            ::forma_core::schema::Property {
                name: "ProviderName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ServiceName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };
